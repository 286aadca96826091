package be.atrium.discussion.web;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostRevision;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
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

        Entry(PostRevision revision, List<LineDiff.Line> diff) {
            this.revision = revision;
            this.diff = diff;
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
        String previous = null;
        for (PostRevision r : revisions) {
            list.add(new Entry(r, previous == null ? null : LineDiff.diff(previous, r.getBody())));
            previous = r.getBody();
        }
        java.util.Collections.reverse(list);
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
