package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import java.util.ArrayList;
import java.util.List;

/** Turns the GraphQL ID strings clients send into database ids, refusing anything that is not one. */
public final class Ids {

    private static final int MAX_DIGITS = 18;

    private Ids() {
    }

    public static long parse(String field, String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_DIGITS || !id.chars().allMatch(Character::isDigit)) {
            throw new BadUserInputException(field, "'" + abbreviate(id) + "' is not a valid ID");
        }
        return Long.parseLong(id);
    }

    public static Long parseOptional(String field, String id) {
        return id == null ? null : parse(field, id);
    }

    public static List<Long> parseAll(String field, List<String> ids) {
        List<Long> parsed = new ArrayList<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                parsed.add(parse(field + "[" + i + "]", ids.get(i)));
            }
        }
        return parsed;
    }

    private static String abbreviate(String id) {
        if (id == null) {
            return "";
        }
        return id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }
}
