package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;

/** A blueprint is drawn in exactly one pool: one collaboration with one participant. */
final class OnePoolRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    List<Collaboration> collaborations = new ArrayList<>(bpmn.getModelElementsByType(Collaboration.class));
    if (collaborations.isEmpty()) {
      Process process = BlueprintModel.mainProcess(bpmn);
      problems.error(process == null ? null : process.getId(), "the diagram has no pool: draw the process in one pool"
          + " with lanes, one lane per team, each lane in a layer (customer, frontstage, backstage, support).");
      return;
    }
    for (Collaboration extra : collaborations.subList(1, collaborations.size())) {
      problems.error(extra.getId(), Labels.of(extra) + " is a second collaboration: a blueprint has exactly one pool;"
          + " remove it.");
    }
    List<Participant> participants = new ArrayList<>(collaborations.get(0).getParticipants());
    if (participants.isEmpty()) {
      problems.error(collaborations.get(0).getId(), "the diagram has no pool: draw the process in one pool with lanes.");
    }
    for (Participant extra : participants.stream().skip(1).toList()) {
      problems.error(extra.getId(), Labels.of(extra) + " is a second pool: a blueprint has exactly one pool. Remove it,"
          + " or draw that party as lanes of the first pool (customer or support lanes).");
    }
  }
}
