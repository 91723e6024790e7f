package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** Only an executable process can be deployed and run. */
final class ExecutableProcessRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process process = BlueprintModel.mainProcess(bpmn);
    if (process != null && !process.isExecutable()) {
      problems.error(process.getId(), Labels.of(process) + " is not executable: mark it executable"
          + " (isExecutable=\"true\", the 'Executable' box of the process in the modeler).");
    }
  }
}
