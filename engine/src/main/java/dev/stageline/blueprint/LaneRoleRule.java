package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Someone must be able to work every user task: its lane's role names the team, unless the task
 * names its own candidates or assignee. Customer lanes may do without: the staff of the front-stage
 * lane below them record customer actions (DESIGN §3).
 */
final class LaneRoleRule implements BlueprintRule {

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    List<Lane> lanes = LanesRule.layerLanes(bpmn);
    boolean frontstageHasRole = firstFrontstageHasRole(lanes);
    for (Lane lane : lanes) {
      if (hasRole(lane)) {
        continue;
      }
      List<UserTask> unassigned = userTasks(lane.getFlowNodeRefs()).stream()
          .filter(task -> !assignsItself(task))
          .toList();
      if (unassigned.isEmpty() || isCustomer(lane) && frontstageHasRole) {
        continue;
      }
      problems.error(lane.getId(), "give " + Labels.of(lane) + " a role (the team that works its tasks): set"
          + " blueprint:role, e.g. '" + example(lane) + "'. Its " + Labels.of(unassigned.get(0))
          + " names no candidate group, candidate user or assignee of its own.");
    }
  }

  private static boolean firstFrontstageHasRole(List<Lane> lanes) {
    return lanes.stream()
        .filter(lane -> Layer.fromId(BlueprintModel.attribute(lane, BlueprintProfile.LAYER)).orElse(null) == Layer.FRONTSTAGE)
        .findFirst()
        .map(LaneRoleRule::hasRole)
        .orElse(false);
  }

  private static boolean isCustomer(Lane lane) {
    return Layer.CUSTOMER.id().equals(BlueprintModel.attribute(lane, BlueprintProfile.LAYER));
  }

  private static boolean hasRole(Lane lane) {
    String role = BlueprintModel.attribute(lane, BlueprintProfile.ROLE);
    return role != null && !role.isBlank();
  }

  /** The user tasks among {@code nodes}, including those inside their sub-processes. */
  private static List<UserTask> userTasks(Collection<FlowNode> nodes) {
    List<UserTask> tasks = new ArrayList<>();
    for (FlowNode node : nodes) {
      if (node instanceof UserTask task) {
        tasks.add(task);
      } else if (node instanceof SubProcess subProcess) {
        tasks.addAll(userTasks(subProcess.getChildElementsByType(FlowNode.class)));
      }
    }
    return tasks;
  }

  private static boolean assignsItself(UserTask task) {
    return isSet(task.getCamundaCandidateGroups()) || isSet(task.getCamundaCandidateUsers())
        || isSet(task.getCamundaAssignee());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** A role suggested from the lane's name ("Counter staff" → counter-staff). */
  private static String example(Lane lane) {
    String name = Labels.name(lane);
    String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "counter-staff" : slug;
  }
}
