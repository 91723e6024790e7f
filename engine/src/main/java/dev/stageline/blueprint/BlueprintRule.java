package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** One check of {@link BlueprintValidator}: reports what it finds wrong with a blueprint. */
interface BlueprintRule {

  void check(BpmnModelInstance bpmn, Problems problems);
}
