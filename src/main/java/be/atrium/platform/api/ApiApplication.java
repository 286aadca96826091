package be.atrium.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, versioned; the calls outside tools rely on are listed in API-CONTRACT.md. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
