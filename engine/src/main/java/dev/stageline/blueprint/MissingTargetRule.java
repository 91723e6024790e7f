package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;

/** Warns about steps and cases without a target: their times have nothing to be compared with. */
final class MissingTargetRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process process = BlueprintModel.mainProcess(bpmn);
    if (process == null) {
      return;
    }
    if (!hasTarget(process)) {
      problems.warning(process.getId(), Labels.of(process) + " has no case target: add a case target (a target"
          + " duration for the whole case, e.g. P1D) so case times can be compared.");
    }
    for (Activity activity : process.getChildElementsByType(Activity.class)) {
      warnIfMissing(activity, problems);
    }
  }

  private static void warnIfMissing(Activity activity, Problems problems) {
    if (!hasTarget(activity)) {
      problems.warning(activity.getId(), Labels.of(activity) + " has no target: add a target duration (e.g. PT5M)"
          + " so its times can be compared.");
    }
    for (Activity child : activity.getChildElementsByType(Activity.class)) {
      warnIfMissing(child, problems);
    }
  }

  private static boolean hasTarget(BaseElement element) {
    String duration = BlueprintModel.attribute(element, BlueprintProfile.TARGET_DURATION);
    return duration != null && !duration.isBlank();
  }
}
