package io.claimgraph.auth;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.ClientError;
import io.claimgraph.error.ForbiddenException;
import io.claimgraph.error.UnauthenticatedException;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Who may run what. With {@code claimgraph.auth.enabled}, a mutation needs a bearer JWT (verified by SmallRye JWT
 * with the key or issuer of the {@code mp.jwt.verify.*} settings) whose {@code groups} include {@code editor};
 * queries are open unless {@code claimgraph.auth.queries-require-reader}, then they need {@code reader} (or
 * {@code editor}). Without it everything is open and tokens are ignored.
 */
@ApplicationScoped
public class AccessControl {

    public static final String EDITOR = "editor";
    public static final String READER = "reader";

    private static final Logger LOG = Logger.getLogger(AccessControl.class);
    private static final List<String> KEY_SETTINGS = List.of("mp.jwt.verify.publickey",
            "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location", "mp.jwt.decrypt.key.location");

    private final ClaimgraphConfig.Auth config;
    private final JWTParser parser;

    public AccessControl(ClaimgraphConfig config, JWTParser parser) {
        this.config = config.auth();
        this.parser = parser;
    }

    /** Refuses to start with enforcement on but nothing to verify tokens with: every mutation would be refused. */
    void checkKeyConfigured(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Access control is off (claimgraph.auth.enabled=false): mutations need no token");
            return;
        }
        boolean configured = KEY_SETTINGS.stream()
                .anyMatch(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class)
                        .filter(v -> !v.isBlank()).isPresent());
        if (!configured) {
            throw new IllegalStateException("claimgraph.auth.enabled is true but no token verification key is set: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWKS file or URL) or MP_JWT_VERIFY_PUBLICKEY, or "
                    + "CLAIMGRAPH_AUTH_ENABLED=false for a service nobody else can reach");
        }
    }

    /** Whether an operation of this kind needs a token at all (so the caller can skip reading one). */
    public boolean needsToken(boolean mutation) {
        return config.enabled() && (mutation || config.queriesRequireReader());
    }

    /** The refusal for this operation and Authorization header, or empty when it may run. */
    public Optional<ClientError> check(boolean mutation, String authorization) {
        if (!needsToken(mutation)) {
            return Optional.empty();
        }
        String what = mutation ? "Mutations" : "Queries";
        if (authorization == null || authorization.isBlank()) {
            return Optional
                    .of(new UnauthenticatedException(what + " need a bearer token (Authorization: Bearer <JWT>)"));
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            return Optional.of(new UnauthenticatedException("The Authorization header must be 'Bearer <JWT>'"));
        }
        JsonWebToken token;
        try {
            token = parser.parse(authorization.substring(7).strip());
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("Bearer token refused: %s", e.getMessage());
            return Optional.of(new UnauthenticatedException(
                    "The bearer token is invalid, expired or not signed by a trusted key"));
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        boolean allowed = mutation ? groups.contains(EDITOR) : groups.contains(READER) || groups.contains(EDITOR);
        if (!allowed) {
            return Optional.of(new ForbiddenException(what + " need the group '" + (mutation ? EDITOR : READER)
                    + "' in the token"));
        }
        return Optional.empty();
    }
}
