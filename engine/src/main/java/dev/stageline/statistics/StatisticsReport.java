package dev.stageline.statistics;

import java.util.List;

/**
 * Timing statistics of one blueprint (DESIGN §4): completed cases, each step, each layer and each
 * staff member, measured against the blueprint's targets. All durations are milliseconds; a figure
 * is null when nothing was measured (or, for target figures, when there is no target).
 *
 * <p>When the report spans several versions, the targets, layers and step list are those of the
 * latest version.
 */
public record StatisticsReport(CaseFigures cases, List<StepFigures> steps, List<LayerFigures> layers,
    List<StaffFigures> staff) {

  /**
   * Completed cases (state {@code COMPLETED}, end time in the window) and the cases still running.
   *
   * @param belowLineOfVisibility mean time per case spent in backstage and support steps
   * @param belowLineOfVisibilityShare that time as a share of the mean case duration
   */
  public record CaseFigures(long completed, long running, Long mean, Long p50, Long p90, Long p95, Long max,
      Long targetDuration, Double targetShare, Double withinShare, Boolean meets,
      Long belowLineOfVisibility, Double belowLineOfVisibilityShare) {
  }

  /**
   * Completed executions of one step (flow node), in the blueprint's order. {@code layer} is the
   * layer id ({@code frontstage}, …) or null. Wait (created → first claim) and work (first claim →
   * completed) cover claimed user tasks only and are null otherwise.
   */
  public record StepFigures(String id, String name, String type, String layer, long count, Long mean, Long p50,
      Long p90, Long p95, Long max, Long targetDuration, Double targetShare, Double withinShare, Boolean meets,
      Long waitP50, Long waitMean, Long workP50, Long workMean) {
  }

  /**
   * Mean time per completed case spent in the steps of one layer, and its share of the mean case
   * duration. Sub-processes are not counted themselves; the steps inside them are.
   */
  public record LayerFigures(String layer, boolean belowLineOfVisibility, Long mean, Double shareOfCase) {
  }

  /** Completed user-task executions of one step by one assignee. */
  public record StaffFigures(String assignee, String stepId, long count, Long p50, Double withinShare) {
  }
}
