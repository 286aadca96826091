package be.atrium.guidance;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.organisation.Organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who in the audience of a piece of guidance has read it: per Atrium "x of y members", and per
 * organisation (municipalities first) the names of those who read it and of those who did not.
 * Built in memory from the audience, its receipts and the memberships ({@link #of}).
 */
public final class ReadReport {

    /** Readers and non-readers of one Atrium. */
    public static final class AtriumRow {
        private final Atrium atrium;
        private final int members;
        private final int read;

        AtriumRow(Atrium atrium, int members, int read) {
            this.atrium = atrium;
            this.members = members;
            this.read = read;
        }

        public Atrium getAtrium() {
            return atrium;
        }

        public int getMembers() {
            return members;
        }

        public int getRead() {
            return read;
        }

        public int getPercent() {
            return members == 0 ? 0 : Math.round(100f * read / members);
        }
    }

    /** Someone who read it, and when. */
    public static final class Reader {
        private final Account account;
        private final Instant readAt;

        Reader(Account account, Instant readAt) {
            this.account = account;
            this.readAt = readAt;
        }

        public Account getAccount() {
            return account;
        }

        public Instant getReadAt() {
            return readAt;
        }
    }

    /** Readers and non-readers of one organisation (null: accounts without one). */
    public static final class OrganisationRow {
        private final Organisation organisation;
        private final List<Reader> readers = new ArrayList<>();
        private final List<Account> notRead = new ArrayList<>();

        OrganisationRow(Organisation organisation) {
            this.organisation = organisation;
        }

        public Organisation getOrganisation() {
            return organisation;
        }

        public List<Reader> getReaders() {
            return readers;
        }

        public List<Account> getNotRead() {
            return notRead;
        }

        public int getTotal() {
            return readers.size() + notRead.size();
        }
    }

    private final Guidance guidance;
    private final int audience;
    private final int read;
    private final List<AtriumRow> atria;
    private final List<OrganisationRow> organisations;

    private ReadReport(Guidance guidance, int audience, int read, List<AtriumRow> atria,
                       List<OrganisationRow> organisations) {
        this.guidance = guidance;
        this.audience = audience;
        this.read = read;
        this.atria = atria;
        this.organisations = organisations;
    }

    /**
     * @param audience    the accounts in the audience (organisation loaded)
     * @param receipts    when each account read it, by account id
     * @param memberships pairs (Atrium, account id) of the Atria to report on
     */
    public static ReadReport of(Guidance guidance, List<Account> audience, Map<Long, Instant> receipts,
                                Collection<Object[]> memberships) {
        Set<Long> inAudience = new java.util.HashSet<>();
        audience.forEach(a -> inAudience.add(a.getId()));
        Map<Long, Atrium> atriaById = new LinkedHashMap<>();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Object[] m : memberships) {
            Atrium atrium = (Atrium) m[0];
            Long accountId = (Long) m[1];
            if (!inAudience.contains(accountId)) {
                continue;
            }
            atriaById.putIfAbsent(atrium.getId(), atrium);
            int[] c = counts.computeIfAbsent(atrium.getId(), k -> new int[2]);
            c[0]++;
            if (receipts.containsKey(accountId)) {
                c[1]++;
            }
        }
        List<AtriumRow> atriumRows = new ArrayList<>();
        atriaById.forEach((id, a) -> atriumRows.add(new AtriumRow(a, counts.get(id)[0], counts.get(id)[1])));
        atriumRows.sort(Comparator.comparing((AtriumRow r) -> r.atrium.getName(), String.CASE_INSENSITIVE_ORDER));

        Map<Long, OrganisationRow> byOrganisation = new LinkedHashMap<>();
        int readCount = 0;
        for (Account a : audience) {
            Organisation o = a.getOrganisation();
            OrganisationRow row = byOrganisation.computeIfAbsent(o == null ? -1L : o.getId(),
                    k -> new OrganisationRow(o));
            Instant at = receipts.get(a.getId());
            if (at != null) {
                row.readers.add(new Reader(a, at));
                readCount++;
            } else {
                row.notRead.add(a);
            }
        }
        List<OrganisationRow> organisationRows = new ArrayList<>(byOrganisation.values());
        organisationRows.sort(Comparator.comparingInt((OrganisationRow r) -> levelOrder(r.organisation))
                .thenComparing(r -> r.organisation == null ? "" : r.organisation.getName(),
                        String.CASE_INSENSITIVE_ORDER));
        return new ReadReport(guidance, audience.size(), readCount, atriumRows, organisationRows);
    }

    private static int levelOrder(Organisation o) {
        if (o == null) {
            return 3;
        }
        return switch (o.getLevel()) {
            case MUNICIPAL -> 0;
            case PROVINCIAL -> 1;
            case FLEMISH -> 2;
        };
    }

    public Guidance getGuidance() {
        return guidance;
    }

    public int getAudience() {
        return audience;
    }

    public int getRead() {
        return read;
    }

    public List<AtriumRow> getAtria() {
        return atria;
    }

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }
}
