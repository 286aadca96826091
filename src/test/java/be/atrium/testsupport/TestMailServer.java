package be.atrium.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.logging.Logger;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole integration test run, on loopback:
 * SMTP on {@code atrium.it.smtp.port} (40025 unless the build says otherwise; arquillian.xml points
 * the server's ATRIUM_SMTP_HOST/PORT at it) and IMAP one port up, where tests inside the server read
 * what arrived ({@link #IMAP_PORT_OFFSET}). Authentication is off: any login reads the mailbox of
 * the address it names. Unit tests (surefire, no {@code atrium.war}) are left alone.
 */
public class TestMailServer implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestMailServer.class.getName());
    public static final String PORT_PROPERTY = "atrium.it.smtp.port";
    public static final int DEFAULT_PORT = 40025;
    public static final int IMAP_PORT_OFFSET = 1;

    private GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("atrium.war") == null || greenMail != null) {
            return;
        }
        int port = smtpPort();
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(port + IMAP_PORT_OFFSET, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        LOG.info("Integration tests: GreenMail SMTP on 127.0.0.1:" + port + ", IMAP on " + (port + IMAP_PORT_OFFSET));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public static int smtpPort() {
        String p = System.getProperty(PORT_PROPERTY);
        return p == null || p.isBlank() || p.startsWith("$") ? DEFAULT_PORT : Integer.parseInt(p.strip());
    }
}
