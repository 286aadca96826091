package be.atrium.meetings;

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
        for (MeetingStatus s : MeetingStatus.values()) {
            keys.add("meeting.status." + s);
        }
        for (Answer a : Answer.values()) {
            keys.add("meeting.answer." + a);
        }
        for (Attendance a : Attendance.values()) {
            keys.add("meeting.attendance." + a);
        }
        for (TaskKind k : TaskKind.values()) {
            keys.add("meeting.task.kind." + k);
        }
        for (TaskStatus s : TaskStatus.values()) {
            keys.add("meeting.task.status." + s);
        }
        for (String field : new String[] {"start", "end"}) {
            keys.add("meeting." + field + ".required");
        }
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 100, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
