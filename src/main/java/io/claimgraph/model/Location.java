package io.claimgraph.model;

import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A place claims are made about: a country, a first-level region, a city or a named area. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    @Id
    @NonNull
    public Long id;

    @NonNull
    public String name;

    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @NonNull
    @Enumerated(EnumType.STRING)
    public LocationType type;

    @Column(name = "country_code")
    @Description("ISO 3166-1 alpha-2.")
    public String countryCode;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Location parent;

    /** The parent's id, readable without touching the lazy association (batched resolvers need only this). */
    @Ignore
    @Column(name = "parent_id", insertable = false, updatable = false)
    public Long parentId;

    public Double latitude;

    public Double longitude;

    @Ignore
    @Column(name = "natural_key")
    public String naturalKey;

    /** Kept by store.ClaimTallies as claims come and go, never written by Hibernate (migration V9). */
    @Column(name = "claim_count", insertable = false, updatable = false)
    @Description("How many claims name the place (the totalCount of claims).")
    public int claimCount;

    @PrePersist
    @PreUpdate
    void foldKeys() {
        nameKey = NameKey.of(name);
        naturalKey = naturalKey(name, type, countryCode);
    }

    /** What makes a location unique: the same name, type and country is the same place. */
    public static String naturalKey(String name, LocationType type, String countryCode) {
        return NameKey.of(name) + "|" + type + "|" + (countryCode == null ? "" : countryCode);
    }

    public static Optional<Location> findByNaturalKey(String name, LocationType type, String countryCode) {
        return find("naturalKey", naturalKey(name, type, countryCode)).firstResultOptional();
    }
}
