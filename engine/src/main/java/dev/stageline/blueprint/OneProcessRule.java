package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** A blueprint holds exactly one process: the one Stageline runs. */
final class OneProcessRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process main = BlueprintModel.mainProcess(bpmn);
    if (main == null) {
      problems.error(null, "the file has no process: draw the service in one pool with lanes.");
      return;
    }
    for (Process other : bpmn.getModelElementsByType(Process.class)) {
      if (other != main) {
        problems.error(other.getId(), Labels.of(other) + " is a second process: a blueprint holds exactly one."
            + " Move its steps into " + Labels.brief(main) + " or remove it.");
      }
    }
  }
}
