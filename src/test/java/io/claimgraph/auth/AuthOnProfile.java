package io.claimgraph.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** Production's access control (on) with the test key pair, and one allowed CORS origin. */
public class AuthOnProfile implements QuarkusTestProfile {

    public static final String ALLOWED_ORIGIN = "https://app.claimgraph.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Tokens.authOn());
        config.put("quarkus.http.cors.origins", ALLOWED_ORIGIN);
        return config;
    }
}
