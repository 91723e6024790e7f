package dev.stageline.blueprint;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;

/** The pool is divided into lanes: they carry the layers. */
final class LanesRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process process = BlueprintModel.mainProcess(bpmn);
    if (process != null && !hasLanes(process)) {
      problems.error(process.getId(), Labels.of(process) + " has no lanes: divide its pool into lanes, one per team,"
          + " and give each a layer (customer, frontstage, backstage or support).");
    }
  }

  /** The lanes that carry layers: those of the main process not divided into lanes of their own. */
  static List<Lane> layerLanes(BpmnModelInstance bpmn) {
    return BlueprintModel.of(bpmn).lanes().stream()
        .map(lane -> bpmn.<Lane>getModelElementById(lane.id()))
        .toList();
  }

  static boolean hasLanes(Process process) {
    return process.getLaneSets().stream().map(LaneSet::getLanes).anyMatch(lanes -> !lanes.isEmpty());
  }
}
