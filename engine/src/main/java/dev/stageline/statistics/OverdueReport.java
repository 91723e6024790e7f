package dev.stageline.statistics;

import java.time.Instant;
import java.util.List;

/**
 * Running steps and cases whose elapsed time at {@code now} already exceeds their target, oldest
 * first. Each is measured against the target of the version it runs on.
 */
public record OverdueReport(Instant now, List<OverdueStep> steps, List<OverdueCase> cases) {

  /** A step (activity instance) that has started and not ended. */
  public record OverdueStep(String blueprintKey, String stepId, String stepName, String caseId, String businessKey,
      Instant started, long elapsed, long targetDuration, String assignee) {
  }

  /** A case (process instance) that has started and not ended. */
  public record OverdueCase(String blueprintKey, String caseId, String businessKey, Instant started, long elapsed,
      long targetDuration) {
  }
}
