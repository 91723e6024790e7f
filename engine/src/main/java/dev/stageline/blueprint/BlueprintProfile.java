package dev.stageline.blueprint;

/**
 * The blueprint vocabulary: its XML namespace and attribute names, documented in
 * {@code blueprints/README.md} and described for bpmn-js by {@code blueprints/blueprint-moddle.json}.
 */
public final class BlueprintProfile {

  public static final String NAMESPACE = "https://stageline.dev/schema/blueprint/1.0";
  public static final String PREFIX = "blueprint";

  /** On a lane: its layer. */
  public static final String LAYER = "layer";
  /** On a lane: the team (Camunda candidate group) working its tasks. */
  public static final String ROLE = "role";
  /** On a flow node or the process: ISO-8601 target duration. */
  public static final String TARGET_DURATION = "targetDuration";
  /** On a flow node or the process: share of executions that must meet the target, in (0, 1]. */
  public static final String TARGET_SHARE = "targetShare";
  /** On the process: the share used by steps that give a duration but no share. */
  public static final String DEFAULT_TARGET_SHARE = "defaultTargetShare";
  /** On a data object reference or text annotation: marks physical evidence. */
  public static final String EVIDENCE = "evidence";

  /** Share assumed when a target duration is given without a share and the process sets no default. */
  public static final double DEFAULT_SHARE = 0.95;

  private BlueprintProfile() {
  }
}
