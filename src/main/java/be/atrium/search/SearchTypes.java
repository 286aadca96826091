package be.atrium.search;

import java.util.List;

/** The kinds of content the index holds (the {@code type} of a hit). */
public final class SearchTypes {

    public static final String THREAD = "thread";
    public static final String WIKI = "wiki";
    public static final String GUIDANCE = "guidance";
    public static final String PRACTICE = "practice";
    public static final String DOCUMENT = "document";
    public static final String MEETING = "meeting";

    public static final List<String> ALL = List.of(THREAD, WIKI, GUIDANCE, PRACTICE, DOCUMENT, MEETING);

    private SearchTypes() {
    }
}
