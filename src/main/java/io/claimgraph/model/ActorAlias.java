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

/** Another name an actor goes by ("Moscow" for Russia, "Zelensky" for Volodymyr Zelensky). */
@Entity
@Table(name = "actor_alias")
public class ActorAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_alias_seq")
    @SequenceGenerator(name = "actor_alias_seq", sequenceName = "actor_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Column(name = "actor_id", insertable = false, updatable = false)
    public Long actorId;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;

    public static ActorAlias of(Actor actor, String alias) {
        ActorAlias a = new ActorAlias();
        a.actor = actor;
        a.alias = alias.strip();
        a.aliasKey = NameKey.of(alias);
        return a;
    }
}
