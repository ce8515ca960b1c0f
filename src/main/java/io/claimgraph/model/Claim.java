package io.claimgraph.model;

import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimePrecision;
import io.claimgraph.time.UtcDay;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One statement an article makes or reports, with who asserts it, how firmly, and what it is about. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    @Description("The statement as written in the article (one sentence, or the clause that carries it).")
    public String text;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Ignore
    @Column(name = "article_id", insertable = false, updatable = false)
    public Long articleId;

    @Ignore
    public int position;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asserted_by_id")
    public Actor assertedBy;

    @Ignore
    @Column(name = "asserted_by_id", insertable = false, updatable = false)
    public Long assertedById;

    @Description("The attribution phrase as written, e.g. \"South Korean military sources\".")
    public String attribution;

    @NonNull
    @Enumerated(EnumType.STRING)
    public Certainty certainty;

    @NonNull
    @Convert(converter = HedgesConverter.class)
    @Description("The cue words that set the certainty, e.g. [\"reportedly\"], [\"estimated\"], [\"at least\"].")
    public List<@NonNull String> hedges = new ArrayList<>();

    @Column(name = "time_text")
    @Description("A time expression the claim carries, as written: \"late 2022\", \"early February\".")
    public String timeText;

    @Ignore
    @Column(name = "time_start")
    public LocalDate timeStart;

    @Ignore
    @Column(name = "time_end")
    public LocalDate timeEnd;

    @Ignore
    @Column(name = "time_precision")
    @Enumerated(EnumType.STRING)
    public TimePrecision timePrecision;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether claims of other articles corroborate or contradict this one (see corroboratedBy, contradictedBy).")
    public ClaimStatus status = ClaimStatus.UNREVIEWED;

    /** The certainty's position in {@link Certainty}, for the order by certainty (migration V8). */
    @Ignore
    @Column(name = "certainty_rank", nullable = false)
    public short certaintyRank;

    /** The status's position in {@link ClaimStatus}, for the order by status; relation updates set it with status. */
    @Ignore
    @Column(name = "status_rank", nullable = false)
    public short statusRank;

    /** Kept by relation's status updates, never written by Hibernate (migration V9). */
    @Column(name = "corroboration_count", insertable = false, updatable = false)
    @Description("How many claims of other articles corroborate this one (the length of corroboratedBy).")
    public int corroborationCount;

    /** Kept by relation's status updates, never written by Hibernate (migration V9). */
    @Column(name = "contradiction_count", insertable = false, updatable = false)
    @Description("How many claims of other articles contradict this one (the length of contradictedBy).")
    public int contradictionCount;

    @Ignore
    @Column(name = "sort_at")
    public OffsetDateTime sortAt;

    /** When what the claim says happened, for orderBy TIME: its own date, else its article's publication day. */
    @Ignore
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Ignore
    @ManyToMany
    @JoinTable(name = "claim_subject", joinColumns = @JoinColumn(name = "claim_id"), inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> subjects = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "claim_location", joinColumns = @JoinColumn(name = "claim_id"), inverseJoinColumns = @JoinColumn(name = "location_id"))
    public Set<Location> locations = new LinkedHashSet<>();

    @Ignore
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Quantity> quantities = new ArrayList<>();

    @Description("The dates timeText stands for, read relative to the article's publication date where it has to be "
            + "(\"last week\", \"early February\"); null when the claim has no time expression or it names no dates "
            + "(\"in just a few months\").")
    public TimeInterval getTime() {
        return timeStart == null || timeEnd == null || timePrecision == null ? null
                : new TimeInterval(timeStart, timeEnd, timePrecision);
    }

    /**
     * Keeps {@link #occurredOn} in step with the claim's date and its article's, and the ranks of its certainty and
     * status with their values, whoever changed them.
     */
    @PrePersist
    @PreUpdate
    void dateTheClaim() {
        occurredOn = timeStart != null ? timeStart : UtcDay.of(sortAt);
        certaintyRank = (short) certainty.ordinal();
        statusRank = (short) status.ordinal();
    }

    /** Sets the interval, or clears it when {@code time} is null. */
    public void applyTime(TimeInterval time) {
        timeStart = time == null ? null : time.start();
        timeEnd = time == null ? null : time.end();
        timePrecision = time == null ? null : time.precision();
    }

    public void addQuantity(Quantity quantity) {
        quantity.claim = this;
        quantity.position = quantities.size();
        quantities.add(quantity);
    }

    /** The ids of an article's claims. */
    public static List<Long> idsOfArticle(long articleId) {
        return getEntityManager().createQuery("select c.id from Claim c where c.articleId = :article", Long.class)
                .setParameter("article", articleId).getResultList();
    }
}
