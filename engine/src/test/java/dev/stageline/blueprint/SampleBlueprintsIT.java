package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.support.ApiIT;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample blueprint, deployed on start, runs to its end: once along its happy path and once
 * taking every "no" branch first. Each task's candidate group is its lane's role.
 */
@ApiIT
class SampleBlueprintsIT {

  @Autowired
  private BlueprintService blueprints;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private FormService formService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private ManagementService managementService;

  @ParameterizedTest(name = "{0}, first answers {1}")
  @CsvSource({
      "fast-food-order, true", "fast-food-order, false",
      "appliance-delivery, true", "appliance-delivery, false",
      "complaint-handling, true", "complaint-handling, false",
      "same-day-repair, true", "same-day-repair, false",
      "hotline-call, true", "hotline-call, false"})
  void shouldRunEverySampleToItsEnd(String key, boolean firstAnswer) {
    // given
    BlueprintModel model = blueprints.model(blueprints.definition(key, null).getId());
    String caseId = runtimeService.startProcessInstanceByKey(key).getId();

    // when every open task is completed, answering each yes/no question with firstAnswer the first time
    Set<String> answered = new HashSet<>();
    for (int round = 0; round < 50 && isRunning(caseId); round++) {
      List<Task> open = taskService.createTaskQuery().processInstanceId(caseId).list();
      if (open.isEmpty()) {
        fireDueTimers(caseId);
        continue;
      }
      for (Task task : open) {
        assertThat(candidateGroups(task)).as("candidate groups of %s", task.getTaskDefinitionKey())
            .containsExactly(laneRole(model, task.getTaskDefinitionKey()));
        taskService.complete(task.getId(), answers(task, firstAnswer, answered));
      }
    }

    // then
    assertThat(isRunning(caseId)).as("%s still running after 50 rounds", key).isFalse();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getState())
        .isEqualTo("COMPLETED");
  }

  private Map<String, Object> answers(Task task, boolean firstAnswer, Set<String> answered) {
    Map<String, Object> variables = new HashMap<>();
    for (FormField field : formService.getTaskFormData(task.getId()).getFormFields()) {
      String type = field.getTypeName();
      Object value = switch (type) {
        case "boolean" -> answered.add(field.getId()) ? firstAnswer : true;
        case "long" -> 4L;
        case "enum" -> ((Map<?, ?>) field.getType().getInformation("values")).keySet().iterator().next();
        default -> "noted";
      };
      variables.put(field.getId(), value);
    }
    return variables;
  }

  private void fireDueTimers(String caseId) {
    for (Job job : managementService.createJobQuery().processInstanceId(caseId).list()) {
      managementService.executeJob(job.getId());
    }
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private static String laneRole(BlueprintModel model, String stepId) {
    String laneId = model.step(stepId).orElseThrow().laneId();
    return model.lanes().stream().filter(lane -> lane.id().equals(laneId)).findFirst().orElseThrow().role();
  }

  private boolean isRunning(String caseId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count() > 0;
  }
}
