package io.claimgraph.location;

import io.claimgraph.model.LocationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LocationInput")
public class LocationInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String name;

    @NonNull
    @NotNull
    public LocationType type;

    @Size(max = 100)
    public List<@NonNull @NotBlank @Size(max = 500) String> aliases;

    @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    public String countryCode;

    @Id
    public String parentId;

    @DecimalMin("-90")
    @DecimalMax("90")
    public Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    public Double longitude;
}
