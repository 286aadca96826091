package be.atrium.documents;

/**
 * A document as another page links to it (a meeting's report lists its documents): its id,
 * title and page. A class with getters, for pages (EL does not read record components).
 */
public final class DocumentLink {

    private final long id;
    private final String title;

    public DocumentLink(long id, String title) {
        this.id = id;
        this.title = title;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return DocumentView.url(id);
    }
}
