package dev.stageline.demo;

import java.time.Instant;

/**
 * When a simulated task will be claimed and completed, and by whom; {@code assignee} is null when
 * its team has no staff, and then the task is completed without a claim.
 */
final class TaskPlan {

  private final String assignee;
  private final Instant claimAt;
  private final Instant completeAt;
  private boolean claimed;

  TaskPlan(String assignee, Instant claimAt, Instant completeAt) {
    this.assignee = assignee;
    this.claimAt = claimAt;
    this.completeAt = completeAt;
  }

  String assignee() {
    return assignee;
  }

  /** Whether the next move is the claim (else the completion). */
  boolean claimsNext() {
    return !claimed && assignee != null;
  }

  /** When the next move is due. */
  Instant next() {
    return claimsNext() ? claimAt : completeAt;
  }

  void claimed() {
    claimed = true;
  }
}
