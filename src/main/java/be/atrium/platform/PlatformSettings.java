package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Reads and writes installation facts in the caller's transaction. */
@ApplicationScoped
public class PlatformSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<String> get(String key) {
        return Optional.ofNullable(em.find(PlatformSetting.class, key)).map(PlatformSetting::getValue);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, String value) {
        PlatformSetting setting = em.find(PlatformSetting.class, key);
        if (setting == null) {
            em.persist(new PlatformSetting(key, value, clock.instant()));
        } else {
            setting.change(value, clock.instant());
        }
    }
}
