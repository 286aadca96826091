package be.atrium.notify.mail;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail pages as people use them (plain HTTP in a signed-in session): the preferences page
 * keeps a choice and refuses none, and only administrators see the mail queue.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MailPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePreferencesPageKeepsAChoiceAndOnlyAdministratorsSeeTheQueue() {
        String name = Api.newOfficial(new Http(base));
        PageSession anonymous = new PageSession(base, null);
        for (String page : new String[] {"notify/mail.xhtml", "notify/mail-queue.xhtml"}) {
            HttpResponse<String> r = anonymous.get(page);
            assertEquals(302, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/identity/login.xhtml"), page);
        }

        PageSession official = PageSession.signedIn(base, name, Api.PASSWORD, null);
        String page = official.get("notify/mail.xhtml").body();
        assertTrue(page.contains("Mailvoorkeuren"), page);
        assertTrue(checked(page, "mailForm:immediate", null) && checked(page, "mailForm:digest", "DAILY"), "the defaults");

        HttpResponse<String> none = official.submit("notify/mail.xhtml", "mailForm", "mailForm:save",
                Map.of("mailForm:immediate", "true"));
        assertEquals(200, none.statusCode(), "no digest choice: the page again");
        assertTrue(none.body().contains("Kies hoe vaak je een overzicht wilt krijgen."), none.body());

        HttpResponse<String> saved = official.submit("notify/mail.xhtml", "mailForm", "mailForm:save",
                Map.of("mailForm:digest", "WEEKLY"));
        assertEquals(302, saved.statusCode(), saved.body());
        page = official.get("notify/mail.xhtml").body();
        assertTrue(page.contains("Je mailvoorkeuren zijn bewaard."), page);
        assertTrue(checked(page, "mailForm:digest", "WEEKLY"), page);
        assertFalse(checked(page, "mailForm:immediate", null), "the box left empty: no mail at once");

        assertEquals(403, official.get("notify/mail-queue.xhtml").statusCode());
        PageSession admin = PageSession.signedIn(base, "admin", "it-admin-password", null);
        HttpResponse<String> queue = admin.get("notify/mail-queue.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Mailwachtrij") && queue.body().contains("Mails worden verstuurd via 127.0.0.1:"),
                queue.body());
        assertTrue(queue.body().contains("id=\"count-SENT\""), queue.body());
    }

    /** Whether the input with this name (and value, for radio buttons) is checked. */
    private static boolean checked(String html, String name, String value) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        while (m.find()) {
            String input = m.group();
            if (value == null || input.contains("value=\"" + value + "\"")) {
                return input.contains("checked");
            }
        }
        throw new AssertionError("no input " + name + " " + value + " in " + html);
    }
}
