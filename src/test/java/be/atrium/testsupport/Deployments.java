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

    /** For tests that run inside the container: the application plus the test helpers. */
    public static WebArchive applicationWithTestSupport(Class<?>... testClasses) {
        return application().addClass(TestQueries.class).addClasses(testClasses);
    }
}
