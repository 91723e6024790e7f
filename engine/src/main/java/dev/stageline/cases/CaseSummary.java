package dev.stageline.cases;

import java.time.Instant;

/** One case in a list: times in ISO-8601, durations in milliseconds. */
record CaseSummary(String id, String blueprint, int version, String businessKey, String state, Instant start,
    Instant end, Long duration, Long target, boolean overdue) {
}
