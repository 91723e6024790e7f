package dev.stageline.tasks;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.blueprint.Layer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Engine tasks as the tasklist shows them: with their blueprint step, case, elapsed time and target. */
@Component
class OpenTaskViews {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final BlueprintService blueprints;

  OpenTaskViews(RuntimeService runtimeService, RepositoryService repositoryService, BlueprintService blueprints) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.blueprints = blueprints;
  }

  List<OpenTask> of(List<Task> tasks) {
    Map<String, String> businessKeys = businessKeys(tasks);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return tasks.stream().map(task -> view(task, businessKeys.get(task.getProcessInstanceId()), now)).toList();
  }

  OpenTask of(Task task) {
    return of(List.of(task)).get(0);
  }

  private OpenTask view(Task task, String businessKey, Instant now) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    BlueprintModel model = blueprints.model(task.getProcessDefinitionId());
    Optional<BlueprintModel.Step> step = model.step(task.getTaskDefinitionKey());
    BlueprintModel.Target target = step.map(BlueprintModel.Step::target).orElse(null);
    Instant created = task.getCreateTime().toInstant();
    long elapsed = now.toEpochMilli() - created.toEpochMilli();
    return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), definition.getKey(),
        definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
        task.getProcessInstanceId(), businessKey,
        step.map(BlueprintModel.Step::layer).map(Layer::id).orElse(null),
        step.map(BlueprintModel.Step::laneId).orElse(null),
        task.getAssignee(), created, elapsed,
        target == null ? null : target.durationMillis(), target == null ? null : target.share(),
        target != null && elapsed > target.durationMillis());
  }

  private Map<String, String> businessKeys(List<Task> tasks) {
    Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).listPage(0, ids.size()).stream()
        .filter(instance -> instance.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }
}
