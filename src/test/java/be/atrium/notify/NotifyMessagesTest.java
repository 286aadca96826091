package be.atrium.notify;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
import static be.atrium.testsupport.MessageKeys.ofEnum;
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
        keys.addAll(ofEnum("notify.kind.", NotificationKind.class));
        keys.addAll(ofEnum("notify.target.", SubscriptionTarget.class));
        keys.addAll(ofEnum("notify.level.", WatchLevel.class));
        keys.add("notify.level.DEFAULT");
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 50, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
