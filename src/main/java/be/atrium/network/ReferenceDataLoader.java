package be.atrium.network;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.PlatformSettings;
import be.atrium.platform.SchemaMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the network's reference data once: the Flemish agency, the five provinces and the
 * 285 municipalities of 2025 (from {@code config/network/municipalities-2025.csv}), and the
 * sample Atria ({@code config/network/atria-sample.json}, or {@code ATRIUM_ATRIA_FILE}).
 * Each set is marked as loaded, so a restart changes nothing and an administrator's
 * later edits are never overwritten.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    static final String ORGANISATIONS_LOADED = "reference.organisations.2025";
    static final String ATRIA_LOADED = "reference.atria";
    public static final String FLEMISH_AGENCY = "Departement Omgeving (Vlaamse overheid)";
    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformSettings settings;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<AtriumCreated> atriumCreated;

    @Transactional
    public void onMigrated(@Observes @Priority(SchemaMigrated.REFERENCE_DATA) SchemaMigrated event) {
        load();
    }

    /** Loads what is missing; running it again adds nothing (idempotent). */
    @Transactional
    public void load() {
        if (settings.get(ORGANISATIONS_LOADED).isEmpty()) {
            int created = loadOrganisations();
            settings.put(ORGANISATIONS_LOADED, clock.instant().toString());
            LOG.info("Atrium: reference data loaded, " + created + " organisations created");
        }
        if (settings.get(ATRIA_LOADED).isEmpty()) {
            long existing = em.createNamedQuery("Atrium.count", Long.class).getSingleResult();
            int created = existing == 0 ? loadAtria() : 0;
            settings.put(ATRIA_LOADED, clock.instant().toString());
            LOG.info("Atrium: sample Atria loaded, " + created + " Atria created");
        }
    }

    private int loadOrganisations() {
        int created = 0;
        if (em.createNamedQuery("Organisation.count", Long.class)
                .setParameter("level", GovernmentLevel.FLEMISH).getSingleResult() == 0) {
            em.persist(Organisation.flemishAgency(FLEMISH_AGENCY));
            created++;
        }
        Map<String, Organisation> provinces = new HashMap<>();
        for (String[] row : municipalityRows()) {
            String provinceNis = row[4];
            Organisation province = provinces.computeIfAbsent(provinceNis, nis -> findByNis(nis));
            if (province == null) {
                province = Organisation.province(row[5], provinceNis);
                em.persist(province);
                provinces.put(provinceNis, province);
                created++;
            }
            if (findByNis(row[0]) == null) {
                em.persist(Organisation.municipality(row[1], row[0], row[2], row[3], province));
                created++;
            }
        }
        return created;
    }

    private Organisation findByNis(String nis) {
        return em.createNamedQuery("Organisation.byNisCode", Organisation.class)
                .setParameter("nisCode", nis).getResultStream().findFirst().orElse(null);
    }

    /** Rows of nis_code, name, arrondissement nis, arrondissement, province nis, province. */
    private List<String[]> municipalityRows() {
        try (InputStream in = resource("reference/municipalities-2025.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("nis_code,")) {
                throw new IllegalStateException("municipalities-2025.csv has no header");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    if (fields.length != 6) {
                        throw new IllegalStateException("municipalities-2025.csv: bad line " + line);
                    }
                    rows.add(fields);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int loadAtria() {
        JsonObject document;
        try (InputStream in = config.atriaFile().isPresent()
                ? Files.newInputStream(config.atriaFile().get()) : resource("reference/atria-sample.json");
             JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            document = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Organisation> provincesByName = new LinkedHashMap<>();
        for (Organisation p : em.createNamedQuery("Organisation.byLevel", Organisation.class)
                .setParameter("level", GovernmentLevel.PROVINCIAL).getResultList()) {
            provincesByName.put(p.getName(), p);
        }
        int created = 0;
        for (JsonValue value : document.getJsonArray("atria")) {
            JsonObject a = value.asJsonObject();
            Atrium atrium = new Atrium(a.getString("slug"), a.getString("name"),
                    AtriumKind.valueOf(a.getString("kind")), a.getBoolean("membersOnly", false), clock.instant());
            atrium.describe(a.getString("name"), a.getString("description", null), a.getBoolean("membersOnly", false));
            if (a.containsKey("province")) {
                atrium.assignProvince(provincesByName.get(a.getString("province")));
            }
            List<Organisation> covered = new ArrayList<>();
            for (JsonString nis : a.getJsonArray("municipalities").getValuesAs(JsonString.class)) {
                Organisation m = findByNis(nis.getString());
                if (m == null) {
                    throw new IllegalStateException("Atria configuration names unknown municipality " + nis.getString());
                }
                covered.add(m);
            }
            atrium.cover(covered);
            em.persist(atrium);
            atriumCreated.fire(new AtriumCreated(atrium));
            created++;
        }
        return created;
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Reference data " + name + " is missing from the application");
        }
        return in;
    }
}
