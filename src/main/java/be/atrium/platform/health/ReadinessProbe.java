package be.atrium.platform.health;

/**
 * One more thing Atrium needs to serve requests, checked by {@link ReadinessCheck}: a capability
 * above the platform (such as the store of files) says whether it can do its work, without the
 * platform depending on it.
 */
public interface ReadinessProbe {

    /** The name in the readiness data ({@code files}). */
    String name();

    /** True when it can do its work now; quick (the load balancer asks every few seconds). */
    boolean isUp();
}
