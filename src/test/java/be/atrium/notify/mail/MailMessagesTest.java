package be.atrium.notify.mail;

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

/** Every message key of mail (mails, pages, the unsubscribe answers) has a Dutch and an English text. */
class MailMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"(mail\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['(mail\\.[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/notify/mail"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/notify"), "mail.xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/notify"), "mail-queue.xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/mail"), ".xhtml", PAGE_KEY, keys);
        for (String kind : new String[] {"MENTION", "ANSWER", "ESCALATION_ANSWERED", "ESCALATED_TO_BOARD", "TASK_ASSIGNED",
                "other"}) {
            keys.add("mail.kind." + kind);
        }
        for (DigestFrequency f : DigestFrequency.values()) {
            keys.add("mail.preferences.digest." + f);
            if (f != DigestFrequency.NONE) {
                keys.add("mail.digest.subject." + f);
                keys.add("mail.digest.intro." + f);
            }
        }
        keys.addAll(ofEnum("mail.status.", MailStatus.class));
        for (UnsubscribeScope s : UnsubscribeScope.values()) {
            keys.add("mail.unsubscribe.question." + s);
            keys.add("mail.unsubscribe.done." + s);
        }
        // Jakarta Mail's own session properties are no message keys
        keys.removeIf(k -> k.endsWith(".") || k.startsWith("mail.smtp.") || k.startsWith("mail.transport."));
        assertTrue(keys.size() > 50, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
