package be.atrium.testsupport;

import be.atrium.content.AttachmentsIT;
import be.atrium.discussion.DiscussionIT;
import be.atrium.guidance.GuidanceIT;
import be.atrium.home.StoredHtmlRefreshIT;
import be.atrium.home.VisibilityIT;
import be.atrium.identity.LoginThrottlePruningIT;
import be.atrium.meetings.MeetingsIT;
import be.atrium.network.NetworkIT;
import be.atrium.platform.AvailabilityIT;
import be.atrium.platform.OutboxIT;
import be.atrium.platform.RecordingConsumer;
import be.atrium.platform.TransactionsIT;
import be.atrium.practice.PracticeIT;
import be.atrium.search.SearchIT;
import be.atrium.wiki.WikiIT;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the integration tests. Every integration test class, inside the server
 * or a client ({@code @RunAsClient}), returns {@link #shared()} from its {@code @Deployment}:
 * {@link SharedPayaraMicro} boots Payara Micro with whichever class comes first and gives the
 * others the same server, so the archive must not depend on the class that asks for it.
 */
public final class Deployments {

    /**
     * What runs inside the server besides the application: the tests and the helpers they use.
     * Only classes that need nothing but the application and JUnit (no Selenium, no ShrinkWrap,
     * no JSON client). The WAR's beans.xml discovers annotated beans only, so a helper that is
     * injected must carry a scope annotation (as {@link TestQueries} does).
     */
    private static final Class<?>[] IN_CONTAINER = {
            TestQueries.class,
            SessionRoundTrip.class,
            NetworkIT.class,
            DiscussionIT.class,
            WikiIT.class,
            GuidanceIT.class,
            PracticeIT.class,
            OutboxIT.class,
            RecordingConsumer.class,
            TransactionsIT.class,
            VisibilityIT.class,
            AttachmentsIT.class,
            be.atrium.documents.DocumentsIT.class,
            SearchIT.class,
            AvailabilityIT.class,
            LoginThrottlePruningIT.class,
            StoredHtmlRefreshIT.class,
            MeetingsIT.class,
            be.atrium.notify.relations.RelationsIT.class,
            be.atrium.notify.mail.MailIT.class,
            be.atrium.notify.NotificationsIT.class,
            be.atrium.notify.NotificationRecorder.class,
            be.atrium.notify.NotificationFanOutScaleIT.class,
    };

    private Deployments() {
    }

    /**
     * The application as it is shipped (target/atrium.war) plus every in-container test class and
     * its helpers. Deploy it testable (the default), so the Arquillian servlet is in it whichever
     * class comes first.
     */
    public static WebArchive shared() {
        String war = System.getProperty("atrium.war", "target/atrium.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war)).addClasses(IN_CONTAINER)
                // Awaitility (and the Hamcrest it uses) for tests that wait for asynchronous work
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }

    /**
     * The deployment's address on loopback. Payara reports its first non-loopback address;
     * tests must only ever talk to 127.0.0.1.
     */
    public static String local(java.net.URL deployment) {
        try {
            java.net.URI u = deployment.toURI();
            String path = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
            return new java.net.URI(u.getScheme(), null, "127.0.0.1", u.getPort(), path.endsWith("/") ? path : path + "/",
                    null, null).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
