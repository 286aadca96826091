package be.atrium.discussion.web;

import be.atrium.discussion.BoardKind;
import be.atrium.discussion.BoardService;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Overview of the boards: the network-wide theme and expert boards, and the boards of the viewer's Atria. */
@Named
@RequestScoped
public class BoardsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @Inject
    NetworkService network;

    private List<BoardService.BoardSummary> networkWide;
    private List<AtriumView> myAtria;

    public void load() {
        networkWide = boards.networkWide(currentUser.get());
        myAtria = network.myAtria(currentUser.get());
    }

    private List<BoardService.BoardSummary> networkWide() {
        if (networkWide == null) {
            load();
        }
        return networkWide;
    }

    public List<BoardService.BoardSummary> getThemeBoards() {
        return networkWide().stream().filter(s -> s.getBoard().getKind() == BoardKind.THEME).toList();
    }

    public List<BoardService.BoardSummary> getExpertBoards() {
        return networkWide().stream().filter(s -> s.getBoard().getKind() == BoardKind.EXPERT).toList();
    }

    public List<AtriumView> getMyAtria() {
        if (myAtria == null) {
            load();
        }
        return myAtria;
    }
}
