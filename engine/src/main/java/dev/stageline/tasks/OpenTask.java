package dev.stageline.tasks;

import java.time.Instant;

/**
 * An open task as the tasklist shows it: where it belongs in the blueprint, how long it has
 * waited ({@code elapsed}, ms) and its target (ms, null without one).
 */
record OpenTask(String id, String name, String stepId, String blueprint, String blueprintName, int version,
    String caseId, String businessKey, String layer, String lane, String assignee, Instant created, long elapsed,
    Long target, Double targetShare, boolean overdue) {
}
