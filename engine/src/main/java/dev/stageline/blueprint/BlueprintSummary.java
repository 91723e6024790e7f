package dev.stageline.blueprint;

import java.time.Instant;

/** One version of a blueprint, as lists show it: when and by whom it was deployed. */
record BlueprintSummary(String key, String name, int version, Instant deployedAt, String deployedBy) {
}
