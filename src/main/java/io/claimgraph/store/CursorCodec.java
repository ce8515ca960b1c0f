package io.claimgraph.store;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes the keyset position of a row (its sort value and id) as an opaque, signed cursor. The signature
 * makes cursors tamper-evident: a client cannot hand-craft a position, and a cursor of one list is refused by
 * another ({@code kind} is signed too).
 */
@ApplicationScoped
public class CursorCodec {

    private static final String SEPARATOR = "\u001f";
    private static final int MAC_BYTES = 12;
    private static final int MAX_CURSOR_CHARS = 512;

    private final SecretKeySpec key;

    public CursorCodec(ClaimgraphConfig config) {
        this.key = new SecretKeySpec(config.cursor().secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String encode(String kind, String sortValue, long id) {
        String payload = kind + SEPARATOR + sortValue + SEPARATOR + id;
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        byte[] mac = mac(body);
        byte[] all = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac, 0, all, body.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** Reads a cursor of the given list; anything else is a {@link BadUserInputException} on {@code field}. */
    public Position decode(String field, String kind, String cursor) {
        try {
            if (cursor.length() > MAX_CURSOR_CHARS) {
                throw invalid(field);
            }
            byte[] all = Base64.getUrlDecoder().decode(cursor);
            if (all.length <= MAC_BYTES) {
                throw invalid(field);
            }
            byte[] body = Arrays.copyOf(all, all.length - MAC_BYTES);
            byte[] mac = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
            if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(body), MAC_BYTES))) {
                throw invalid(field);
            }
            // the sort value is client data (a name) and may itself contain the separator: kind ends at the first one, id starts after the last
            String payload = new String(body, StandardCharsets.UTF_8);
            int first = payload.indexOf(SEPARATOR);
            int last = payload.lastIndexOf(SEPARATOR);
            if (first < 0 || first == last || !payload.substring(0, first).equals(kind)) {
                throw invalid(field);
            }
            return new Position(payload.substring(first + 1, last), Long.parseLong(payload.substring(last + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
    }

    private static BadUserInputException invalid(String field) {
        return new BadUserInputException(field,
                "Invalid cursor: pass a cursor of a page of the same list in the same order (endCursor as after, startCursor as before)");
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A decoded keyset position: the sort value of the last row seen and its id. */
    public record Position(String sortValue, long id) {
    }
}
