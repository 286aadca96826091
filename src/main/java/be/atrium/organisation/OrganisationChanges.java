package be.atrium.organisation;

import be.atrium.platform.AfterCommit;
import be.atrium.platform.cluster.Cluster;
import be.atrium.platform.cluster.ClusterSignal;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps the other nodes' cached organisations in step: when a transaction that changed an
 * organisation commits, the other nodes are told ({@link Cluster#signal}) and empty their cache of
 * organisations, so a rename or a merger shows everywhere at once; the cache's expiry stays as the
 * backstop for a signal that is lost. Registered on {@link Organisation} as its entity listener.
 */
@ApplicationScoped
public class OrganisationChanges {

    static final String SIGNAL = "organisations";
    private static final String SIGNAL_REGISTERED = OrganisationChanges.class.getName() + ".signal";

    @Inject
    Cluster cluster;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Organisation organisation) {
        if (transactions.getTransactionKey() != null) {
            AfterCommit.once(transactions, SIGNAL_REGISTERED, () -> cluster.signal(SIGNAL));
        }
    }

    /** Another node changed an organisation. */
    void onSignal(@Observes ClusterSignal signal) {
        if (signal.is(SIGNAL)) {
            persistence.getCache().evict(Organisation.class);
        }
    }
}
