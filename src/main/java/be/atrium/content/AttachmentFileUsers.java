package be.atrium.content;

import be.atrium.platform.outbox.ChangeType;
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

/** Attachments as users of stored files: the sweep keeps their bytes, and their owners are reindexed with a new text. */
@ApplicationScoped
@Transactional
public class AttachmentFileUsers implements StoredFileUsers {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> used(Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT a.storageKey FROM Attachment a WHERE a.storageKey IN :keys",
                String.class).setParameter("keys", new ArrayList<>(storageKeys)).getResultList());
    }

    @Override
    public List<Outbox.Change> textChanged(String sha256) {
        List<Outbox.Change> changes = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT a.postId, a.practiceId, a.guidanceId FROM Attachment a "
                + "WHERE a.sha256 = :sha", Object[].class).setParameter("sha", sha256).getResultList()) {
            AttachmentOwner.Kind kind = r[0] != null ? AttachmentOwner.Kind.POST
                    : r[1] != null ? AttachmentOwner.Kind.PRACTICE : AttachmentOwner.Kind.GUIDANCE;
            long owner = ((Number) (r[0] != null ? r[0] : r[1] != null ? r[1] : r[2])).longValue();
            changes.add(new Outbox.Change(kind.textExtracted(), owner, null));
        }
        return changes;
    }
}
