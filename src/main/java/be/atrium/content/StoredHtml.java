package be.atrium.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the stored HTML of a {@link RenderedContent} again, a batch of rows per transaction. A row
 * is written only when its HTML changes, and only if its Markdown is still what was rendered (an
 * edit saved meanwhile has rendered it already): no version is raised, so nobody's edit conflicts
 * with the refresh.
 */
@ApplicationScoped
public class StoredHtml {

    @PersistenceContext
    EntityManager em;

    /** What one batch did: the last id it read (-1 when there were no more rows) and the rows it changed. */
    public record Batch(long lastId, int changed) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch rerender(RenderedContent content, long afterId, int limit) {
        List<Map.Entry<String, String>> columns = new ArrayList<>(content.columns().entrySet());
        StringBuilder select = new StringBuilder("SELECT id");
        for (Map.Entry<String, String> c : columns) {
            select.append(", ").append(c.getKey()).append(", ").append(c.getValue());
        }
        select.append(" FROM ").append(content.table()).append(" WHERE id > ?1 ORDER BY id LIMIT ?2");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(select.toString()).setParameter(1, afterId).setParameter(2, limit)
                .getResultList();
        long last = -1;
        int changed = 0;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            boolean rowChanged = false;
            for (int i = 0; i < columns.size(); i++) {
                String markdown = (String) row[1 + 2 * i];
                String stored = (String) row[2 + 2 * i];
                String html = markdown == null ? null : content.html(last, markdown);
                if (!Objects.equals(html, stored)) {
                    rowChanged |= em.createNativeQuery("UPDATE " + content.table() + " SET " + columns.get(i).getValue()
                                    + " = ?1 WHERE id = ?2 AND " + columns.get(i).getKey() + " <=> ?3")
                            .setParameter(1, html).setParameter(2, last).setParameter(3, markdown).executeUpdate() > 0;
                }
            }
            if (rowChanged) {
                changed++;
            }
        }
        return new Batch(last, changed);
    }
}
