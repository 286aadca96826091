package be.atrium.practice;

import java.util.List;

/** A case in a list: the case (with its municipality, province, Atrium and author loaded) and its themes. */
public record PracticeSummary(PracticeCase practice, List<String> themes) {

    public PracticeCase getPractice() {
        return practice;
    }

    public List<String> getThemes() {
        return themes;
    }
}
