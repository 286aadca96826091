package be.atrium.discussion.web;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostRevision;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The history of a post: every revision (who, when, the text) and what changed from the one before. */
@Named
@RequestScoped
public class RevisionsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    private long post;
    private Post entity;
    private List<Entry> entries = List.of();

    /** One revision with the line diff against the previous one (none for the first). */
    public static final class Entry {
        private final PostRevision revision;
        private final List<LineDiff.Line> diff;
        private final String oldTitle;
        private final String oldTags;

        Entry(PostRevision revision, List<LineDiff.Line> diff, PostRevision previous) {
            this.revision = revision;
            this.diff = diff;
            this.oldTitle = previous == null || previous.getTitle() == null
                    || previous.getTitle().equals(revision.getTitle()) ? null : previous.getTitle();
            this.oldTags = previous == null || previous.getTags() == null
                    || previous.getTags().equals(revision.getTags()) ? null : previous.getTags();
        }

        /** The title before this revision when this revision changed it (null otherwise). */
        public String getOldTitle() {
            return oldTitle;
        }

        /** The tags before this revision when this revision changed them (null otherwise). */
        public String getOldTags() {
            return oldTags;
        }

        /** Whether this revision changed the tags (from none, to none or from some to others). */
        public boolean isTagsChanged() {
            return oldTags != null;
        }

        /** Whether this revision changed the text (a change of title or tags alone leaves it). */
        public boolean isTextChanged() {
            return diff != null && LineDiff.changed(diff);
        }

        public PostRevision getRevision() {
            return revision;
        }

        public List<LineDiff.Line> getDiff() {
            return diff;
        }

        public boolean isFirst() {
            return diff == null;
        }
    }

    public void load() {
        entity = discussions.readablePost(currentUser.get(), post);
        List<PostRevision> revisions = discussions.revisions(currentUser.get(), post);
        List<Entry> list = new ArrayList<>();
        PostRevision previous = null;
        for (PostRevision r : revisions) {
            list.add(new Entry(r, previous == null ? null : LineDiff.diff(previous.getBody(), r.getBody()), previous));
            previous = r;
        }
        Collections.reverse(list);
        entries = list;
    }

    public Post getPostEntity() {
        return entity;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getPostParam() {
        return String.valueOf(post);
    }

    public void setPostParam(String value) {
        this.post = PageParam.id(value);
    }

    public long getPost() {
        return post;
    }
}
