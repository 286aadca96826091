package be.atrium.documents;

import be.atrium.content.StoredFileUsers;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Document versions as users of stored files: the sweep keeps the bytes of every version (in
 * the bin too), and a document whose newest file got its text is indexed again.
 */
@ApplicationScoped
@Transactional
public class DocumentFiles implements StoredFileUsers {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> used(Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT v.storageKey FROM DocumentVersion v "
                + "WHERE v.storageKey IN :keys", String.class).setParameter("keys", new ArrayList<>(storageKeys))
                .getResultList());
    }

    @Override
    public List<Outbox.Change> textChanged(String sha256) {
        List<Outbox.Change> changes = new ArrayList<>();
        for (Long id : em.createQuery("SELECT DISTINCT v.document.id FROM DocumentVersion v, Document d "
                        + "WHERE d = v.document AND v.sha256 = :sha AND v.number = d.currentVersion", Long.class)
                .setParameter("sha", sha256).getResultList()) {
            changes.add(new Outbox.Change(DocumentChanges.TEXT, id, null));
        }
        return changes;
    }
}
