package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * A target share is a fraction in (0, 1], and only means something next to a target duration.
 */
final class TargetShareRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (BaseElement element : TargetDurationRule.targetHolders(bpmn)) {
      String share = BlueprintModel.attribute(element, BlueprintProfile.TARGET_SHARE);
      if (isSet(share)) {
        checkShare(element, BlueprintProfile.TARGET_SHARE, share, problems);
        if (!isSet(BlueprintModel.attribute(element, BlueprintProfile.TARGET_DURATION))) {
          problems.warning(element.getId(), Labels.of(element) + " has a target share but no target duration: add"
              + " the duration the share refers to (e.g. PT5M), or remove the share.");
        }
      }
      if (element instanceof Process) {
        String defaultShare = BlueprintModel.attribute(element, BlueprintProfile.DEFAULT_TARGET_SHARE);
        if (isSet(defaultShare)) {
          checkShare(element, BlueprintProfile.DEFAULT_TARGET_SHARE, defaultShare, problems);
        }
      }
    }
  }

  private static void checkShare(BaseElement element, String attribute, String value, Problems problems) {
    if (BlueprintModel.parseShare(value).isEmpty()) {
      problems.error(element.getId(), Labels.of(element) + " has blueprint:" + attribute + " '" + value + "', which"
          + " is not a share greater than 0 and at most 1: write it as a fraction, e.g. 0.96 means 96%.");
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
