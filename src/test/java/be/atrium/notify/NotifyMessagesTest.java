package be.atrium.notify;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key the notifications code and pages use has a Dutch and an English text. */
class NotifyMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"(notify\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['(notify\\.[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/notify"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/notify"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/includes"), "notify-watch.xhtml", PAGE_KEY, keys);
        for (NotificationKind k : NotificationKind.values()) {
            keys.add("notify.kind." + k);
        }
        for (SubscriptionTarget t : SubscriptionTarget.values()) {
            keys.add("notify.target." + t);
        }
        for (WatchLevel l : WatchLevel.values()) {
            keys.add("notify.level." + l);
        }
        keys.add("notify.level.DEFAULT");
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 50, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
