package be.atrium.discussion.web;

import be.atrium.discussion.Board;
import be.atrium.discussion.BoardService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Administrators' page of the network-wide boards: create a theme board, rename and describe a board. */
@Named
@ViewScoped
public class AdminBoardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    private transient List<BoardService.BoardSummary> list;
    private String slug;
    private String name;
    private String description;
    private String editing;
    private String editName;
    private String editDescription;

    public void load() {
        list = boards.forAdministrator(currentUser.get());
    }

    public List<BoardService.BoardSummary> getBoards() {
        if (list == null) {
            load();
        }
        return list;
    }

    public void create() {
        Board created = boards.createTheme(currentUser.get(), slug, name, description);
        PageMessages.info("board.admin.created", created.getName());
        slug = null;
        name = null;
        description = null;
        list = null;
    }

    public void edit(String boardSlug) {
        Board board = boards.networkWideBoard(currentUser.get(), boardSlug);
        editing = board.getSlug();
        editName = board.getName();
        editDescription = board.getDescription();
    }

    public void cancelEdit() {
        editing = null;
    }

    public void save() {
        if (editing == null) {
            return;
        }
        Board saved = boards.describe(currentUser.get(), editing, editName, editDescription);
        PageMessages.info("board.admin.saved", saved.getName());
        editing = null;
        list = null;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEditing() {
        return editing;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }
}
