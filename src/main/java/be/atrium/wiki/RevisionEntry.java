package be.atrium.wiki;

import java.time.Instant;

/**
 * A line of a page's history, without the text: who saved which revision when and why, the
 * revision it restored (if any), its title and the title before it when it was a rename, its
 * length and how many characters it added or removed against the revision before it.
 */
public record RevisionEntry(int number, Instant at, String authorUsername, String authorName, String summary,
                            Integer restoredFrom, String title, String renamedFrom, int length, Integer sizeChange,
                            boolean current) {

    public int getNumber() {
        return number;
    }

    public Instant getAt() {
        return at;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getSummary() {
        return summary;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public String getTitle() {
        return title;
    }

    public String getRenamedFrom() {
        return renamedFrom;
    }

    public int getLength() {
        return length;
    }

    public Integer getSizeChange() {
        return sizeChange;
    }

    public boolean isCurrent() {
        return current;
    }

    /** The size change as shown: "+42", "−7", "0", or empty when unknown. */
    public String getSizeChangeLabel() {
        if (sizeChange == null) {
            return "";
        }
        return sizeChange > 0 ? "+" + sizeChange : sizeChange < 0 ? "−" + (-sizeChange) : "0";
    }
}
