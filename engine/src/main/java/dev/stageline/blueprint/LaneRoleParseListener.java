package dev.stageline.blueprint;

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
 * task names its own assignee or candidates (DESIGN §3). The role is a fixed value, never
 * evaluated as an expression.
 */
class LaneRoleParseListener extends AbstractBpmnParseListener {

  private static final Namespace BLUEPRINT = new Namespace(BlueprintProfile.NAMESPACE);

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    for (Element laneSet : processElement.elements("laneSet")) {
      assignRoles(laneSet, processDefinition);
    }
  }

  private void assignRoles(Element laneSet, ProcessDefinitionEntity processDefinition) {
    for (Element lane : laneSet.elements("lane")) {
      for (Element childLaneSet : lane.elements("childLaneSet")) {
        assignRoles(childLaneSet, processDefinition);
      }
      String role = lane.attributeNS(BLUEPRINT, BlueprintProfile.ROLE);
      if (role == null || role.isBlank()) {
        continue;
      }
      for (Element flowNodeRef : lane.elements("flowNodeRef")) {
        ActivityImpl activity = processDefinition.findActivity(flowNodeRef.getText().trim());
        if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          giveRole(userTask.getTaskDefinition(), role.trim());
        }
      }
    }
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
