package io.claimgraph.actor;

import io.claimgraph.model.ActorType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorInput")
public class ActorInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String name;

    @NonNull
    @NotNull
    public ActorType type;

    @Size(max = 100)
    public List<@NonNull @NotBlank @Size(max = 500) String> aliases;

    @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    public String countryCode;
}
