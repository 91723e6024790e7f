package dev.stageline.blueprint;

import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.support.ApiIT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which team a user task goes to (DESIGN §3). */
@ApiIT
class LaneRoleIT {

  @Autowired
  private BlueprintService blueprints;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  @AfterEach
  void cleanUp() {
    undeploy(repositoryService, "api-test");
  }

  @Test
  void shouldGiveACustomerActionToTheFrontStageTeamWhenTheCustomerLaneHasNoRole() {
    // given "Take order" moved into the customer lane, which names no role
    String xml = new String(resource("/blueprints/api-test.bpmn"), StandardCharsets.UTF_8)
        .replace("blueprint:layer=\"customer\" blueprint:role=\"counter-staff\"", "blueprint:layer=\"customer\"")
        .replace("<bpmn:flowNodeRef>Start</bpmn:flowNodeRef>",
            "<bpmn:flowNodeRef>Start</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Take</bpmn:flowNodeRef>")
        .replace("<bpmn:flowNodeRef>Task_Take</bpmn:flowNodeRef>\n        <bpmn:flowNodeRef>End</bpmn:flowNodeRef>",
            "<bpmn:flowNodeRef>End</bpmn:flowNodeRef>");
    blueprints.deploy(xml.getBytes(StandardCharsets.UTF_8), BlueprintService.SYSTEM_USER);

    // when
    String caseId = runtimeService.startProcessInstanceByKey("api-test").getId();

    // then
    assertThat(candidateGroups(caseId)).containsExactly("counter-staff");
  }

  @Test
  void shouldKeepATasksOwnCandidateGroup() {
    // given "Take order" names its own group
    String xml = new String(resource("/blueprints/api-test.bpmn"), StandardCharsets.UTF_8)
        .replace("<bpmn:userTask id=\"Task_Take\"", "<bpmn:userTask id=\"Task_Take\" camunda:candidateGroups=\"managers\"");
    blueprints.deploy(xml.getBytes(StandardCharsets.UTF_8), BlueprintService.SYSTEM_USER);

    // when
    String caseId = runtimeService.startProcessInstanceByKey("api-test").getId();

    // then
    assertThat(candidateGroups(caseId)).containsExactly("managers");
  }

  private List<String> candidateGroups(String caseId) {
    Task task = taskService.createTaskQuery().processInstanceId(caseId).singleResult();
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
