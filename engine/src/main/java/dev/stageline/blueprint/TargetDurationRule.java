package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * A target duration is a positive ISO-8601 duration in days, hours, minutes and seconds — years
 * and months have no fixed length.
 */
final class TargetDurationRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (BaseElement element : targetHolders(bpmn)) {
      String value = BlueprintModel.attribute(element, BlueprintProfile.TARGET_DURATION);
      if (value != null && !value.isBlank() && IsoDurations.parseMillis(value).isEmpty()) {
        problems.error(element.getId(), Labels.of(element) + " has target duration '" + value + "', which is not a"
            + " positive ISO-8601 duration in days, hours, minutes or seconds: write e.g. PT2M (2 minutes),"
            + " PT4H (4 hours) or P1DT2H (1 day 2 hours)" + (usesYearsOrMonths(value) ? "; years and months vary in"
            + " length, so give days instead." : "."));
      }
    }
  }

  /** The processes and flow nodes of the file: the elements a target may be written on. */
  static List<BaseElement> targetHolders(BpmnModelInstance bpmn) {
    List<BaseElement> holders = new ArrayList<>(bpmn.getModelElementsByType(Process.class));
    holders.addAll(bpmn.getModelElementsByType(FlowNode.class));
    return holders;
  }

  private static boolean usesYearsOrMonths(String value) {
    String date = value.trim().toUpperCase(Locale.ROOT).split("T", 2)[0];
    return date.startsWith("P") && (date.contains("Y") || date.contains("M"));
  }
}
