package io.claimgraph.actor;

import io.claimgraph.model.ActorType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which actors to list; every field set narrows the list further. */
@Input("ActorFilter")
public class ActorFilter {

    @Description("Substring of the name or of an alias, ignoring case and diacritics.")
    public String name;

    @Description("Any of these types.")
    public List<@NonNull ActorType> type;

    public String countryCode;
}
