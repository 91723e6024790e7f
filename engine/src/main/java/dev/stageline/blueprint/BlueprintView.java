package dev.stageline.blueprint;

import java.time.Instant;
import java.util.List;

/**
 * A deployed blueprint's model as the API returns it; durations in milliseconds. {@code versions}
 * lists the version numbers, newest first, and {@code history} the same versions with when and by
 * whom each was deployed.
 */
record BlueprintView(String key, String name, int version, List<LaneView> lanes, List<StepView> steps,
    TargetView caseTarget, List<Integer> versions, List<VersionView> history) {

  record VersionView(int version, Instant deployedAt, String deployedBy) {
  }

  record LaneView(String id, String name, String layer, String role) {
  }

  record StepView(String id, String name, String type, String layer, String lane, Long targetDuration,
      Double targetShare) {
  }

  record TargetView(long targetDuration, double targetShare) {
  }

  static BlueprintView of(BlueprintModel model, int version, List<BlueprintSummary> versions) {
    return new BlueprintView(model.key(), model.name(), version,
        model.lanes().stream()
            .map(lane -> new LaneView(lane.id(), lane.name(), layerId(lane.layer()), lane.role()))
            .toList(),
        model.steps().stream()
            .map(step -> new StepView(step.id(), step.name(), step.type(), layerId(step.layer()), step.laneId(),
                step.target() == null ? null : step.target().durationMillis(),
                step.target() == null ? null : step.target().share()))
            .toList(),
        model.caseTarget() == null ? null
            : new TargetView(model.caseTarget().durationMillis(), model.caseTarget().share()),
        versions.stream().map(BlueprintSummary::version).toList(),
        versions.stream()
            .map(summary -> new VersionView(summary.version(), summary.deployedAt(), summary.deployedBy()))
            .toList());
  }

  private static String layerId(Layer layer) {
    return layer == null ? null : layer.id();
  }
}
