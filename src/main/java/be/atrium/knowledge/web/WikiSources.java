package be.atrium.knowledge.web;

import be.atrium.identity.CurrentUser;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions behind a wiki page, for {@code WEB-INF/includes/wiki-sources.xhtml}: where the
 * page (or a section of it) was taken from ("Bron: vraag «...»") and which questions it answers.
 * Read once per request and page, only what the viewer may see.
 */
@Named
@RequestScoped
public class WikiSources {

    @Inject
    CurrentUser currentUser;

    @Inject
    KnowledgeService knowledge;

    private final Map<Long, List<KnowledgeSource>> byPage = new HashMap<>();

    public List<KnowledgeSource> of(long pageId) {
        return byPage.computeIfAbsent(pageId, id -> knowledge.sourcesOf(currentUser.get(), id));
    }

    public List<KnowledgeSource> promoted(long pageId) {
        return of(pageId).stream().filter(KnowledgeSource::isPromoted).toList();
    }

    public List<KnowledgeSource> answered(long pageId) {
        return of(pageId).stream().filter(s -> !s.isPromoted()).toList();
    }
}
