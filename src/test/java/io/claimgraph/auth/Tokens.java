package io.claimgraph.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for the tests, signed with the test key pair under src/test/resources/auth (its public half is
 * what {@link AuthOnProfile} and the auth IT give the service), or with a stranger's key.
 */
public final class Tokens {

    public static final String ISSUER = "https://claimgraph.test/issuer";
    public static final String PUBLIC_KEY_RESOURCE = "auth/publicKey.pem";

    private Tokens() {
    }

    /** The settings that turn access control on with the test key, for a test profile or the packaged app. */
    public static Map<String, String> authOn() {
        return Map.of("claimgraph.auth.enabled", "true",
                "mp.jwt.verify.publickey.location", PUBLIC_KEY_RESOURCE,
                "mp.jwt.verify.issuer", ISSUER);
    }

    public static String withGroups(String... groups) {
        return sign(Set.of(groups), Instant.now().plusSeconds(600), testKey());
    }

    public static String editor() {
        return withGroups("editor");
    }

    public static String reader() {
        return withGroups("reader");
    }

    public static String expired() {
        return sign(Set.of("editor"), Instant.now().minusSeconds(3600), testKey());
    }

    /** Right claims, wrong key: what a forger produces. */
    public static String badlySigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(Set.of("editor"), Instant.now().plusSeconds(600), generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Set<String> groups, Instant expiresAt, PrivateKey key) {
        return Jwt.issuer(ISSUER).upn("tester@claimgraph.test").subject("tester").groups(groups)
                .issuedAt(expiresAt.minusSeconds(7200)).expiresAt(expiresAt).sign(key);
    }

    private static PrivateKey testKey() {
        try {
            return KeyUtils.readPrivateKey("auth/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test key", e);
        }
    }
}
