package be.atrium.platform;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operations rely on: health and metrics answer without a login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthAndMetricsAnswerWithoutLogin() {
        Http http = new Http(base);
        Http.Result ready = http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.object().getString("status"));
        assertEquals(200, http.get("/health/live", null).status());
        Http.Result metrics = http.getAccepting("/metrics", "text/plain");
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text: " + metrics.body().lines().findFirst().orElse(""));
    }
}
