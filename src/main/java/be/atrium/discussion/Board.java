package be.atrium.discussion;

import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * Where threads are posted: the board of one Atrium (its visibility follows the Atrium), a
 * network-wide theme board, or the expert board of the provincial or Flemish level to which
 * questions are escalated.
 */
@Entity
@Table(name = "board")
@NamedQuery(name = "Board.bySlug", query = "SELECT b FROM Board b LEFT JOIN FETCH b.atrium WHERE b.slug = :slug")
@NamedQuery(name = "Board.ofAtrium", query = "SELECT b FROM Board b WHERE b.atrium = :atrium")
@NamedQuery(name = "Board.networkWide",
        query = "SELECT b FROM Board b WHERE b.atrium IS NULL ORDER BY b.kind, b.name")
public class Board {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, unique = true)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BoardKind kind;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @Enumerated(EnumType.STRING)
    @Column(name = "expert_level", length = 20)
    private GovernmentLevel expertLevel;

    /** The NIS code of the province whose expert board this is (provincial expert boards only). */
    @Column(name = "province_nis", length = 10)
    private String provinceNis;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Board() {
    }

    private Board(String slug, String name, BoardKind kind, Instant createdAt) {
        this.slug = Atrium.requireSlug(slug);
        this.name = requireName(name);
        this.kind = kind;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Board of(Atrium atrium, Instant at) {
        Board b = new Board(atrium.getSlug(), atrium.getName(), BoardKind.ATRIUM, at);
        b.atrium = atrium;
        return b;
    }

    public static Board theme(String slug, String name, String description, Instant at) {
        Board b = new Board(slug, name, BoardKind.THEME, at);
        b.describe(name, description);
        return b;
    }

    public static Board expert(String slug, String name, GovernmentLevel level, String description, Instant at) {
        if (level != GovernmentLevel.PROVINCIAL && level != GovernmentLevel.FLEMISH) {
            throw new DomainException("board.expert.level", "expertLevel");
        }
        Board b = new Board(slug, name, BoardKind.EXPERT, at);
        b.expertLevel = level;
        b.describe(name, description);
        return b;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("board.name.required", "name");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new DomainException("board.name.tooLong", "name", MAX_NAME);
        }
        return n;
    }

    /**
     * Renames and describes a network-wide board (theme or expert board). The board of an Atrium
     * takes its name and description from the Atrium; it is described there.
     */
    public void describe(String name, String description) {
        if (kind == BoardKind.ATRIUM) {
            throw new DomainException("board.describe.atrium", null);
        }
        String n = requireName(name);
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new DomainException("board.description.tooLong", "description", MAX_DESCRIPTION);
        }
        this.name = n;
        this.description = d;
    }

    /** A network-wide board: a theme or expert board, not the board of an Atrium. */
    public boolean isNetworkWide() {
        return kind != BoardKind.ATRIUM;
    }

    /** Escalation goes upwards only: to an expert board. */
    public boolean acceptsEscalations() {
        return kind == BoardKind.EXPERT;
    }

    /**
     * Whether this is the expert board of the province with this NIS code: where the questions of
     * an Atrium of that province are escalated first.
     */
    public boolean isExpertBoardOfProvince(String nisCode) {
        return kind == BoardKind.EXPERT && nisCode != null && nisCode.equals(provinceNis);
    }

    /** The expert board of the Flemish level. */
    public boolean isFlemishExpertBoard() {
        return kind == BoardKind.EXPERT && expertLevel == GovernmentLevel.FLEMISH;
    }

    /** Makes this provincial expert board the one of the province with this NIS code. */
    public void serveProvince(String nisCode) {
        if (kind != BoardKind.EXPERT || expertLevel != GovernmentLevel.PROVINCIAL) {
            throw new DomainException("board.expert.level", "expertLevel");
        }
        this.provinceNis = nisCode == null || nisCode.isBlank() ? null : nisCode.strip();
    }

    public String getProvinceNis() {
        return provinceNis;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return atrium != null ? atrium.getName() : name;
    }

    public String getDescription() {
        return atrium != null ? atrium.getDescription() : description;
    }

    public BoardKind getKind() {
        return kind;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public GovernmentLevel getExpertLevel() {
        return expertLevel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
