package io.claimgraph.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The calendar day (UTC) of a timestamp: the day an article counts as published, whatever offset it was sent with. */
public final class UtcDay {

    private UtcDay() {
    }

    public static LocalDate of(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
