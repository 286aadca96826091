package be.atrium.knowledge;

/**
 * A link of a thread as its page and the API show it: the knowledge (wiki page or guidance) it
 * was taken into or is answered by, with the target's title and address.
 */
public record KnowledgeLink(long linkId, KnowledgeKind kind, KnowledgeTargetType type, long targetId, String title,
                            String url) {

    public long getLinkId() {
        return linkId;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public KnowledgeTargetType getType() {
        return type;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public boolean isPromoted() {
        return kind == KnowledgeKind.PROMOTED;
    }
}
