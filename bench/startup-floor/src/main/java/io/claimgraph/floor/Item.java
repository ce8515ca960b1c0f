package io.claimgraph.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The floor's one entity. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public Long id;

    public String name;
}
