package be.atrium.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The application as it is shipped (target/atrium.war), for every integration test class. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        String war = System.getProperty("atrium.war", "target/atrium.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** For tests that run inside the container: the application plus the test helpers. */
    public static WebArchive applicationWithTestSupport(Class<?>... testClasses) {
        return application().addClass(TestQueries.class).addClasses(testClasses);
    }
}
