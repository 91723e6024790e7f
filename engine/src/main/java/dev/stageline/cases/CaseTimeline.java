package dev.stageline.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A case and every step execution in it, in the order they started. */
record CaseTimeline(CaseSummary summary, List<StepExecution> steps) {

  /**
   * One execution of a step. {@code wait} and {@code work} are set for user tasks that were
   * claimed; {@code within} is null while running or without a target.
   */
  record StepExecution(String stepId, String name, String type, String layer, String lane, Instant start, Instant end,
      Long duration, @JsonProperty("wait") Long waitTime, Long work, String assignee, Long target, Boolean within, boolean overdue) {
  }
}
