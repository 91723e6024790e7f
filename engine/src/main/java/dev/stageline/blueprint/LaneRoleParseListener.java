package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Makes a lane's {@code blueprint:role} the candidate group of the user tasks in it, unless a
 * task names its own assignee or candidates (DESIGN §3). A customer lane without a role takes the
 * role of the first front-stage lane, whose staff record customer actions. The role is a fixed value, never
 * evaluated as an expression.
 */
class LaneRoleParseListener extends AbstractBpmnParseListener {

  private static final Namespace BLUEPRINT = new Namespace(BlueprintProfile.NAMESPACE);

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    List<Element> lanes = new ArrayList<>();
    for (Element laneSet : processElement.elements("laneSet")) {
      collectLanes(laneSet, lanes);
    }
    // customer actions are recorded by the front-stage team when the customer lane names no role
    String frontStageRole = lanes.stream()
        .filter(lane -> Layer.FRONTSTAGE.id().equals(lane.attributeNS(BLUEPRINT, BlueprintProfile.LAYER)))
        .map(LaneRoleParseListener::role).filter(role -> role != null).findFirst().orElse(null);
    for (Element lane : lanes) {
      String role = role(lane);
      if (role == null && Layer.CUSTOMER.id().equals(lane.attributeNS(BLUEPRINT, BlueprintProfile.LAYER))) {
        role = frontStageRole;
      }
      if (role == null) {
        continue;
      }
      for (Element flowNodeRef : lane.elements("flowNodeRef")) {
        ActivityImpl activity = processDefinition.findActivity(flowNodeRef.getText().trim());
        if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          giveRole(userTask.getTaskDefinition(), role);
        }
      }
    }
  }

  /** The leaf lanes of {@code laneSet}, top-level order kept. */
  private static void collectLanes(Element laneSet, List<Element> lanes) {
    for (Element lane : laneSet.elements("lane")) {
      List<Element> children = lane.elements("childLaneSet");
      if (children.isEmpty()) {
        lanes.add(lane);
      } else {
        children.forEach(child -> collectLanes(child, lanes));
      }
    }
  }

  private static String role(Element lane) {
    String role = lane.attributeNS(BLUEPRINT, BlueprintProfile.ROLE);
    return role == null || role.isBlank() ? null : role.trim();
  }

  private static void giveRole(TaskDefinition task, String role) {
    boolean ownCandidates = task.getAssigneeExpression() != null
        || !task.getCandidateGroupIdExpressions().isEmpty()
        || !task.getCandidateUserIdExpressions().isEmpty();
    if (!ownCandidates) {
      task.addCandidateGroupIdExpression(new FixedValue(role));
    }
  }
}
