package be.atrium.platform.cluster;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.Started;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.replicatedmap.ReplicatedMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's view of the cluster, through Payara Micro's data grid (Hazelcast, looked up as
 * {@code payara/Hazelcast}): which nodes are members, and signals to the other nodes. Without a data
 * grid (one node, started with {@code --nocluster}) it is a cluster of one and signals go nowhere.
 *
 * <p>Nothing that must survive is kept in the grid: sessions are replicated by Payara itself, and
 * the database holds everything else. A lost signal only delays work until the receiver's next poll.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    static final String SIGNALS = "atrium-signals";
    /** Member UUID to node name (ATRIUM_NODE), so members are shown by the names the rest of Atrium uses. */
    static final String NODES = "atrium-nodes";

    @Inject
    AtriumConfig config;

    @Inject
    Event<ClusterSignal> signals;

    @Resource
    ManagedExecutorService executor;

    private volatile HazelcastInstance grid;
    private volatile UUID listener;

    /** A member of the cluster: its node name, its data grid address, and whether it is this node. */
    public record Node(String name, String address, boolean local) {
    }

    void onStarted(@Observes @Priority(100) Started event) {
        HazelcastInstance hz;
        try {
            hz = InitialContext.doLookup("payara/Hazelcast");
        } catch (NamingException | RuntimeException e) {
            LOG.info("Atrium: no data grid on node " + config.node() + ": a cluster of one");
            return;
        }
        if (hz == null || !hz.getLifecycleService().isRunning()) {
            LOG.info("Atrium: no data grid on node " + config.node() + ": a cluster of one");
            return;
        }
        try {
            nodes(hz).put(hz.getCluster().getLocalMember().getUuid().toString(), config.node());
            ITopic<String> topic = hz.getTopic(SIGNALS);
            listener = topic.addMessageListener(message -> {
                Member from = message.getPublishingMember();
                if (from != null && from.localMember()) {
                    return;
                }
                String name = message.getMessageObject();
                executor.execute(() -> signals.fire(new ClusterSignal(name)));
            });
            grid = hz;
            LOG.info(() -> "Atrium: node " + config.node() + " joined the cluster; members " + members());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: the data grid did not answer; node " + config.node()
                    + " runs as a cluster of one", e);
        }
    }

    private static ReplicatedMap<String, String> nodes(HazelcastInstance hz) {
        return hz.getReplicatedMap(NODES);
    }

    /** Whether this node is part of a data grid (even if it is alone in it now). */
    public boolean isClustered() {
        return grid != null;
    }

    /** Tells the other nodes (not this one) about work of this kind; nothing happens without a grid. */
    public void signal(String name) {
        HazelcastInstance hz = grid;
        if (hz == null) {
            return;
        }
        try {
            hz.<String>getTopic(SIGNALS).publish(name);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: signal " + name + " not sent; the other nodes see the work at their next poll", e);
        }
    }

    /** The members of the cluster now, this node first; just this node without a grid. */
    public List<Node> members() {
        HazelcastInstance hz = grid;
        if (hz == null) {
            return List.of(new Node(config.node(), "", true));
        }
        try {
            Set<Member> members = hz.getCluster().getMembers();
            ReplicatedMap<String, String> names = nodes(hz);
            return members.stream()
                    .map(m -> new Node(names.getOrDefault(m.getUuid().toString(), m.getUuid().toString()),
                            m.getAddress().getHost() + ":" + m.getAddress().getPort(), m.localMember()))
                    .sorted(Comparator.comparing((Node n) -> !n.local()).thenComparing(Node::name))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(new Node(config.node(), "", true));
        }
    }

    @PreDestroy
    void stop() {
        HazelcastInstance hz = grid;
        UUID id = listener;
        grid = null;
        if (hz != null && id != null) {
            try {
                hz.getTopic(SIGNALS).removeMessageListener(id);
                nodes(hz).remove(hz.getCluster().getLocalMember().getUuid().toString());
            } catch (RuntimeException e) {
                // the grid is shutting down with the node
            }
        }
    }
}
