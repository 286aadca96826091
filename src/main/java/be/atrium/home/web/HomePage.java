package be.atrium.home.web;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.NewActivity;
import be.atrium.home.HomeQuestions;
import be.atrium.home.QuestionItem;
import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.notify.relations.RelationshipFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page: my Atria, my organisation, what waits for an answer and what is new since my last visit. */
@Named
@RequestScoped
public class HomePage {

    static final int DISCUSSION_ITEMS = 5;
    static final int QUESTION_ITEMS = 10;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    DiscussionService discussions;

    @Inject
    HomeQuestions questions;

    private List<AtriumView> myAtria;
    private List<DiscussionThread> unanswered;
    private List<NewActivity> newSinceLastVisit;
    private List<QuestionItem> myQuestions;
    private List<QuestionItem> forMyLevel;

    public List<AtriumView> getMyAtria() {
        if (myAtria == null) {
            myAtria = network.myAtria(currentUser.get());
        }
        return myAtria;
    }

    public List<DiscussionThread> getUnanswered() {
        if (unanswered == null) {
            unanswered = discussions.unansweredInMyAtria(currentUser.get(), DISCUSSION_ITEMS);
        }
        return unanswered;
    }

    /** "Nieuw sinds mijn vorige bezoek": unread replies by others and unopened threads, as the board's badges. */
    public List<NewActivity> getNewSinceLastVisit() {
        if (newSinceLastVisit == null) {
            newSinceLastVisit = discussions.newSinceLastVisit(currentUser.get(), DISCUSSION_ITEMS);
        }
        return newSinceLastVisit;
    }

    /** "Mijn vragen": my questions with their state, escalated ones too. */
    public List<QuestionItem> getMyQuestions() {
        if (myQuestions == null) {
            myQuestions = questions.mine(currentUser.get(), QUESTION_ITEMS);
        }
        return myQuestions;
    }

    /** "Vragen voor mijn niveau": open questions on the expert boards of my level (provincial and Flemish officials). */
    public List<QuestionItem> getForMyLevel() {
        if (forMyLevel == null) {
            forMyLevel = questions.forMyLevel(currentUser.get(), QUESTION_ITEMS);
        }
        return forMyLevel;
    }

    public boolean isExpert() {
        return HomeQuestions.expertLevel(currentUser.get()) != null;
    }

    /** Whether to link to the relationship manager's view. */
    public boolean isRelationsVisible() {
        return RelationshipFigures.mayView(currentUser.get());
    }

    public Account getAccount() {
        return currentUser.get();
    }
}
