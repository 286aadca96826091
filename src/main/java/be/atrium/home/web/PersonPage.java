package be.atrium.home.web;

import be.atrium.home.Contribution;
import be.atrium.home.PersonContributions;
import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Someone as colleagues see them (where a mention leads): name, organisation and level, role, the
 * Atria they take part in, how to reach them, and what they contributed (questions, answers with
 * the accepted ones first, knowledge-base pages, practice cases, guidance), all as far as the
 * viewer may see it. Their e-mail only where {@link Account#maySeeEmailOf} allows it.
 */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    PersonContributions contributions;

    /** How many items each section shows at most. */
    public static final int SECTION = 10;

    private String username;
    private Account person;
    private List<AtriumView> atria = List.of();
    private List<Contribution> questions = List.of();
    private List<Contribution> answers = List.of();
    private List<Contribution> wikiPages = List.of();
    private List<Contribution> practiceCases = List.of();
    private List<Contribution> guidance = List.of();

    public void load() {
        Account viewer = currentUser.get();
        person = network.person(username);
        atria = network.atriaOf(viewer, person);
        questions = contributions.questions(viewer, person, SECTION);
        answers = contributions.answers(viewer, person, SECTION);
        wikiPages = contributions.wikiPages(viewer, person, SECTION);
        practiceCases = contributions.practiceCases(viewer, person, SECTION);
        guidance = contributions.guidance(viewer, person, SECTION);
    }

    /** The person's e-mail address when the viewer may see it (administrators, the person themself), else null. */
    public String getEmail() {
        Account viewer = currentUser.get();
        return person != null && viewer != null && viewer.maySeeEmailOf(person) ? person.getEmail() : null;
    }

    /** Whether the viewer looks at their own page ("Mijn bijdragen"). */
    public boolean isOwnPage() {
        Account viewer = currentUser.get();
        return person != null && viewer != null && person.getId().equals(viewer.getId());
    }

    public List<Contribution> getQuestions() {
        return questions;
    }

    public List<Contribution> getAnswers() {
        return answers;
    }

    public List<Contribution> getWikiPages() {
        return wikiPages;
    }

    public List<Contribution> getPracticeCases() {
        return practiceCases;
    }

    public List<Contribution> getGuidance() {
        return guidance;
    }

    public int getSection() {
        return SECTION;
    }

    public Account getPerson() {
        return person;
    }

    public List<AtriumView> getAtria() {
        return atria;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
