package io.claimgraph.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.field} to client errors, so a form can put the message next to the right input. */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ClientError error && error.field() != null) {
            return Json.createValue(error.field());
        }
        return null;
    }
}
