package io.claimgraph.model;

import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Another name a location goes by ("Kursk region" for Kursk Oblast). */
@Entity
@Table(name = "location_alias")
public class LocationAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_alias_seq")
    @SequenceGenerator(name = "location_alias_seq", sequenceName = "location_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    @Column(name = "location_id", insertable = false, updatable = false)
    public Long locationId;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;

    public static LocationAlias of(Location location, String alias) {
        LocationAlias a = new LocationAlias();
        a.location = location;
        a.alias = alias.strip();
        a.aliasKey = NameKey.of(alias);
        return a;
    }
}
