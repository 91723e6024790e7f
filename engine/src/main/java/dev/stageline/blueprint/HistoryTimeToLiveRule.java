package dev.stageline.blueprint;

import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The engine refuses processes without a history time to live, and a value it cannot read: a number
 * of days ({@code 180}) or {@code P180D}.
 */
final class HistoryTimeToLiveRule implements BlueprintRule {

  private static final Pattern DAYS = Pattern.compile("\\d{1,9}|P\\d{1,9}D");

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process process = BlueprintModel.mainProcess(bpmn);
    if (process == null) {
      return;
    }
    String timeToLive = process.getCamundaHistoryTimeToLiveString();
    if (timeToLive == null || timeToLive.isBlank()) {
      problems.error(process.getId(), Labels.of(process) + " has no history time to live, so the engine refuses it:"
          + " set camunda:historyTimeToLive to the number of days finished cases are kept, e.g. 180.");
    } else if (!DAYS.matcher(timeToLive.trim()).matches()) {
      problems.error(process.getId(), Labels.of(process) + " has history time to live '" + timeToLive + "', which is"
          + " not a number of days: write e.g. 180 (or P180D).");
    }
  }
}
