package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** One check of {@link BlueprintValidator}: reports what it finds wrong with a blueprint. */
interface BlueprintRule {

  void check(BpmnModelInstance bpmn, Problems problems);

  /**
   * True for the rules that keep code from running and hold the engine's limits: the engine runs
   * them on every deployment, whatever its path ({@link DeploymentGuard}).
   */
  default boolean guardsEngine() {
    return false;
  }
}
