package io.claimgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A stored news article: the normalised body with repeated paragraphs dropped, and where it came from. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    public String url;

    @NonNull
    public String headline;

    @NonNull
    @Description("The body as stored: normalised, with repeated paragraphs dropped.")
    public String body;

    public String publisher;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @NonNull
    public String language;

    @NonNull
    @Column(name = "content_hash")
    @Description("SHA-256 (hex) of the normalised body; equal content means a duplicate.")
    public String contentHash;

    @NonNull
    @Column(name = "ingested_at")
    public OffsetDateTime ingestedAt;

    @Ignore
    @Column(name = "sort_at")
    public OffsetDateTime sortAt;

    @Column(name = "dropped_paragraphs")
    @Description("How many repeated paragraphs (and repeated headline lines) ingest dropped.")
    public int droppedParagraphs;

    @Ignore
    @ManyToMany
    @JoinTable(name = "article_actor", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> actors = new LinkedHashSet<>();

    @Ignore
    @ManyToMany
    @JoinTable(name = "article_location", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "location_id"))
    public Set<Location> locations = new LinkedHashSet<>();

    /** The statement of {@link #findByUrlOrContentHash} (tests count its runs). */
    public static final String BY_URL_OR_CONTENT_HASH = "select * from article where url = :url union all select * from article where content_hash = :hash";

    /**
     * The stored articles with this url or this content hash (none, one, or two; one may come twice), in one
     * statement. A union rather than an {@code or}: H2 reads a whole table for an {@code or} of two columns, and
     * uses both unique keys for the union.
     */
    @SuppressWarnings("unchecked")
    public static List<Article> findByUrlOrContentHash(String url, String contentHash) {
        return getEntityManager().createNativeQuery(BY_URL_OR_CONTENT_HASH, Article.class)
                .setParameter("url", url).setParameter("hash", contentHash).getResultList();
    }
}
