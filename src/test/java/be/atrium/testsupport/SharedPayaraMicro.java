package be.atrium.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One Payara Micro for the whole integration test run instead of one per test class.
 * <p>
 * The Payara adapter starts a new Payara Micro process in {@code deploy()} and kills it in
 * {@code undeploy()}, so every test class paid a boot (6-10 s quiet, a minute and more on a busy
 * machine). This container, put in the adapter's place by {@link SharedPayaraMicroExtension}:
 * <ul>
 * <li>boots Payara Micro with the first archive it is given and hands the same
 * {@link ProtocolMetaData} to every later test class (their archives are ignored, which is why
 * every class uses the one archive of {@link Deployments#shared()});</li>
 * <li>ignores {@code undeploy()} between classes and stops the process in {@code stop()}, once
 * the run is over, waiting until it has gone;</li>
 * <li>remembers a failed first start (timeout, an application that did not deploy) and gives every
 * later class the same failure at once, instead of booting again for each of them;</li>
 * <li>leaves client-side tests ({@code @RunAsClient}) out of the deployed archive: Arquillian adds
 * the test class of whichever class comes first, and client tests need Selenium and ShrinkWrap,
 * which the server does not have;</li>
 * <li>refuses a later in-container test class that the running server does not have, naming the
 * list to add it to.</li>
 * </ul>
 * The tests therefore share one server and one database: each creates its own data under unique
 * names and none depends on another having run.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());
    /** The test servlet of Arquillian's Servlet 5.0 protocol (ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME). */
    private static final String ARQUILLIAN_SERVLET_NAME = "ArquillianServletRunnerEE9";
    private static final Pattern TEST_CLASS = Pattern.compile("/WEB-INF/classes/(.+IT)\\.class");
    private static final int STOP_TIMEOUT_SECONDS = 60;

    private int startupTimeoutInSeconds;
    private Archive<?> deployed;
    private ProtocolMetaData metaData;
    private DeploymentException failure;
    private List<ProcessHandle> processes = List.of();

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        super.setup(configuration);
        startupTimeoutInSeconds = configuration.getStartupTimeoutInSeconds();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (metaData != null) {
            requireDeployedTests(archive);
            LOG.info(() -> "Payara Micro is already running with " + deployed.getName() + "; no new boot");
            return metaData;
        }
        if (failure != null) {
            throw new DeploymentException("The shared Payara Micro failed to start earlier in this run and is not "
                    + "started again: " + failure.getMessage(), failure);
        }
        removeClientSideTests(archive);
        Set<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toSet());
        long start = System.nanoTime();
        try {
            ProtocolMetaData started = super.deploy(archive);
            processes = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            if (started == null) {
                throw new DeploymentException("Payara Micro could not be launched or the wait was interrupted after "
                        + seconds + " s");
            }
            if (!hasDeployedApplication(started)) {
                started = probed(started, archive);
            }
            if (!hasDeployedApplication(started)) {
                throw new DeploymentException("Payara Micro started but " + archive.getName() + " was not deployed; "
                        + "Payara's console output (target/failsafe-reports/*-output.txt) names the cause");
            }
            LOG.info(() -> "Payara Micro booted with " + archive.getName() + " in " + seconds
                    + " s; every integration test class of this run uses it");
            deployed = archive;
            metaData = started;
            return started;
        } catch (DeploymentException | RuntimeException e) {
            processes = ProcessHandle.current().children().filter(p -> !before.contains(p)).toList();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String cause = seconds >= startupTimeoutInSeconds
                    ? "Payara Micro did not report ready within startupTimeoutInSeconds=" + startupTimeoutInSeconds
                    + " s (arquillian.xml): " + e.getMessage()
                    : e.getMessage();
            failure = new DeploymentException(cause, e);
            stopProcess(archive);
            throw failure;
        }
    }

    /** Every later class gets the running server; it is stopped once, in {@link #stop()}. */
    @Override
    public void undeploy(Archive<?> archive) {
        LOG.fine(() -> "Keeping Payara Micro running after " + archive.getName());
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            long start = System.nanoTime();
            stopProcess(deployed);
            LOG.info(() -> "Payara Micro stopped after the last test class in "
                    + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s");
            deployed = null;
            metaData = null;
        }
        super.stop();
    }

    private void stopProcess(Archive<?> archive) {
        if (processes.isEmpty()) {
            return; // never launched: nothing to stop (and the adapter would fail on its missing process)
        }
        try {
            super.undeploy(archive); // the adapter's undeploy destroys the process
        } catch (DeploymentException | RuntimeException e) {
            LOG.warning("Could not ask Payara Micro to stop: " + e);
        }
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warning("Payara Micro (pid " + process.pid() + ") did not stop within " + STOP_TIMEOUT_SECONDS
                        + " s; killing it");
                process.destroyForcibly();
            } catch (ExecutionException e) {
                LOG.warning("Waiting for Payara Micro to stop failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes = List.of();
    }

    /**
     * An in-container test class that is missing from the running server would fail with a
     * ClassNotFoundException inside it; say instead what to do.
     */
    private void requireDeployedTests(Archive<?> archive) throws DeploymentException {
        for (ArchivePath path : archive.getContent(Filters.include(TEST_CLASS.pattern())).keySet()) {
            var matcher = TEST_CLASS.matcher(path.get());
            if (matcher.matches() && !deployed.contains(path) && !isClientSide(matcher.group(1).replace('/', '.'))) {
                throw new DeploymentException(matcher.group(1).replace('/', '.') + " runs inside the server but is not "
                        + "in the shared deployment: add it to Deployments.IN_CONTAINER");
            }
        }
    }

    /** Without any servlet the application did not deploy, even if Payara itself came up. */
    /**
     * The plugin learns the servlets of the application from the JSON Payara prints at start-up;
     * on a loaded machine it sometimes misses that part of the output although the application is
     * deployed. Then the test servlet is asked for directly (anything but 404 means it is there) and,
     * when it answers, the metadata names it, so the run goes on instead of failing every class.
     */
    private static ProtocolMetaData probed(ProtocolMetaData started, Archive<?> archive) {
        String context = "/" + archive.getName().replaceFirst("\\.war$", "");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (HTTPContext c : started.getContexts(HTTPContext.class)) {
            URI runner = URI.create("http://127.0.0.1:" + c.getPort() + context + "/" + ARQUILLIAN_SERVLET_NAME);
            try {
                int status = client.send(HttpRequest.newBuilder(runner).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 404) {
                    LOG.warning(() -> "Payara Micro's start-up output did not list the servlets of " + archive.getName()
                            + "; " + runner + " answers " + status + ", so the application is deployed");
                    HTTPContext found = new HTTPContext(c.getHost(), c.getPort());
                    found.add(new Servlet(ARQUILLIAN_SERVLET_NAME, context));
                    ProtocolMetaData metaData = new ProtocolMetaData();
                    metaData.addContext(found);
                    return metaData;
                }
            } catch (IOException e) {
                LOG.warning(() -> "Could not ask " + runner + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return started;
            }
        }
        return started;
    }

    private static boolean hasDeployedApplication(ProtocolMetaData metaData) {
        return metaData.getContexts(HTTPContext.class).stream().anyMatch(c -> !c.getServlets().isEmpty());
    }

    /**
     * Removes the classes of {@code @RunAsClient} test classes (and their inner classes) that
     * Arquillian added to the archive; in-container tests and their helpers stay.
     */
    private static void removeClientSideTests(Archive<?> archive) {
        for (ArchivePath path : Set.copyOf(archive.getContent(Filters.include(TEST_CLASS.pattern())).keySet())) {
            var matcher = TEST_CLASS.matcher(path.get());
            if (!matcher.matches()) {
                continue;
            }
            String name = matcher.group(1).replace('/', '.');
            if (isClientSide(name)) {
                String prefix = "/WEB-INF/classes/" + matcher.group(1);
                archive.delete(path);
                for (ArchivePath inner : Set.copyOf(archive.getContent(
                        Filters.include(Pattern.quote(prefix) + "\\$.*\\.class")).keySet())) {
                    archive.delete(inner);
                }
                LOG.info(() -> "Client-side test " + name + " stays out of the deployment");
            }
        }
    }

    private static boolean isClientSide(String className) {
        try {
            return Class.forName(className, false, SharedPayaraMicro.class.getClassLoader())
                    .isAnnotationPresent(RunAsClient.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
