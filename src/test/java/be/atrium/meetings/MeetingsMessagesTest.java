package be.atrium.meetings;

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

/** Every message key the meetings code and pages use has a Dutch and an English text. */
class MeetingsMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:meeting|import|atrium)\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:meeting|nav\\.meetings)[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/meetings"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/meetings"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/includes"), "meetings-home.xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/includes"), "meetings-atrium.xhtml", PAGE_KEY, keys);
        keys.addAll(ofEnum("meeting.status.", MeetingStatus.class));
        keys.addAll(ofEnum("meeting.answer.", Answer.class));
        keys.addAll(ofEnum("meeting.attendance.", Attendance.class));
        keys.addAll(ofEnum("meeting.task.kind.", TaskKind.class));
        keys.addAll(ofEnum("meeting.task.status.", TaskStatus.class));
        for (String field : new String[] {"start", "end"}) {
            keys.add("meeting." + field + ".required");
        }
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 100, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
