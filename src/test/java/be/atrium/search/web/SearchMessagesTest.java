package be.atrium.search.web;

import be.atrium.search.SearchTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.bundle;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key the search pages and beans use has a Dutch and an English text. */
class SearchMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"(search\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:search|nav\\.admin\\.search)[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/search/web"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/search"), ".xhtml", PAGE_KEY, keys);
        for (String include : List.of("search-similar.xhtml", "search-related.xhtml")) {
            collect(Path.of("src/main/webapp/WEB-INF/includes", include), ".xhtml", PAGE_KEY, keys);
        }
        collect(Path.of("src/main/webapp/WEB-INF/templates"), ".xhtml", PAGE_KEY, keys);
        keys.removeIf(k -> k.endsWith("."));
        for (String type : SearchTypes.ALL) {
            keys.add("search.type." + type);
        }
        for (String facet : SearchPage.FACETS) {
            keys.add("search.facet." + facet);
        }
        for (String state : List.of("ready", "running", "failed", "closed")) {
            keys.add("search.admin.state." + state);
        }
        keys.add("search.solved.yes");
        keys.add("search.solved.no");
        assertTrue(keys.size() > 40, "the keys were found: " + keys);
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        ResourceBundle english = bundle(Locale.ENGLISH);
        for (String key : keys) {
            assertTrue(dutch.containsKey(key), "Dutch text for " + key);
            assertTrue(english.containsKey(key), "English text for " + key);
            assertTrue(!dutch.getString(key).equals(english.getString(key)) || key.startsWith("search.facet.atrium"),
                    "translated: " + key);
        }
    }
}
