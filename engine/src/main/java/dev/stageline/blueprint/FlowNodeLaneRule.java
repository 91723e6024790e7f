package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Every step of the process (boundary events too) lies in exactly one lane, which gives it its
 * layer. Steps inside a sub-process belong to the sub-process's lane.
 */
final class FlowNodeLaneRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    Process process = BlueprintModel.mainProcess(bpmn);
    if (process == null || !LanesRule.hasLanes(process)) {
      return; // LanesRule reports it; one message per node would only repeat it
    }
    Map<String, List<Lane>> lanesOfNode = new LinkedHashMap<>();
    for (Lane lane : LanesRule.layerLanes(bpmn)) {
      for (FlowNode node : lane.getFlowNodeRefs()) {
        lanesOfNode.computeIfAbsent(node.getId(), id -> new ArrayList<>()).add(lane);
      }
    }
    for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
      List<Lane> lanes = lanesOfNode.getOrDefault(node.getId(), List.of());
      if (lanes.isEmpty()) {
        problems.error(node.getId(), Labels.of(node) + " lies in no lane: move it into the lane of the team that"
            + " works it.");
      } else if (lanes.size() > 1) {
        problems.error(node.getId(), Labels.of(node) + " lies in " + lanes.size() + " lanes ("
            + lanes.stream().map(Labels::brief).collect(Collectors.joining(", ")) + "): keep it in exactly one.");
      }
    }
  }
}
