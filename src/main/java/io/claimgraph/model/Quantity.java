package io.claimgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A number a claim carries, with how it bounds the real figure and what it counts. */
@Entity
@Table(name = "quantity")
public class Quantity extends PanacheEntityBase {

    @Id
    @Ignore
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quantity_seq")
    @SequenceGenerator(name = "quantity_seq", sequenceName = "quantity_seq", allocationSize = 50)
    public Long id;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Ignore
    @Column(name = "claim_id", insertable = false, updatable = false)
    public Long claimId;

    @Ignore
    public int position;

    @Column(name = "amount")
    public double value;

    @Column(name = "upper_amount")
    @Description("Upper end for RANGE.")
    public Double upper;

    @NonNull
    @Enumerated(EnumType.STRING)
    public QuantityBound bound;

    @Description("The counted thing, singular and lower case where possible: \"troop\", \"soldier\", \"barrel\".")
    public String unit;

    @Description("What happened to it, when the text says: \"deployed\", \"killed\", \"wounded\", \"casualties\".")
    public String measure;

    @NonNull
    @Description("The span as written: \"at least an additional 1,000 soldiers\".")
    public String text;

    /** Measure and unit folded onto canonical names, "deployed|troop", for finding related claims; null unless both are set. */
    @Ignore
    @Column(name = "match_key")
    public String matchKey;
}
