package dev.stageline.tasks;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.blueprint.Layer;
import dev.stageline.security.Caller;
import dev.stageline.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The staff side of a blueprint: which tasks a user may work, and claiming, unclaiming and
 * completing them. A task held by someone else is a conflict (409), never silently taken over.
 */
@Service
class TaskListService {

  private static final int MAX_TASKS = 500;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final BlueprintService blueprints;

  TaskListService(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      BlueprintService blueprints) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.blueprints = blueprints;
  }

  /** The result of a completion. */
  record Completed(String id, String caseId, boolean caseEnded) {
  }

  List<OpenTask> openTasks(Caller caller) {
    TaskQuery query = taskService.createTaskQuery().active();
    if (!caller.isAdmin()) {
      TaskQuery mine = query.or().taskAssignee(caller.userId()).taskCandidateUser(caller.userId());
      if (!caller.groups().isEmpty()) {
        mine.taskCandidateGroupIn(List.copyOf(caller.groups()));
      }
      query = mine.endOr();
    }
    List<Task> tasks = query.orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
    Map<String, String> businessKeys = businessKeys(tasks);
    Instant now = now();
    return tasks.stream().map(task -> view(task, businessKeys.get(task.getProcessInstanceId()), now)).toList();
  }

  OpenTask claim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (caller.userId().equals(task.getAssignee())) {
      return view(task);
    }
    try {
      taskService.claim(id, caller.userId());
    } catch (TaskAlreadyClaimedException e) {
      throw heldByOther(task.getName(), e.getTaskAssignee());
    }
    return view(find(id));
  }

  OpenTask unclaim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (task.getAssignee() != null) {
      taskService.setAssignee(id, null);
    }
    return view(find(id));
  }

  Completed complete(String id, Map<String, Object> variables, Caller caller) {
    Task task = workable(id, caller);
    if (task.getAssignee() == null) {
      // claim first, so the claim time (and so wait and work time) is recorded for this task too
      try {
        taskService.claim(id, caller.userId());
      } catch (TaskAlreadyClaimedException e) {
        throw heldByOther(task.getName(), e.getTaskAssignee());
      }
    }
    try {
      taskService.complete(id, variables);
    } catch (NullValueException e) {
      // completed by someone else between our check and our call
      find(id);
      throw e;
    }
    boolean ended = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .count() == 0;
    return new Completed(id, task.getProcessInstanceId(), ended);
  }

  /**
   * The task, when {@code caller} may work it: an admin, its assignee, or (while unassigned) a
   * candidate by user or group.
   */
  private Task workable(String id, Caller caller) {
    Task task = find(id);
    if (task.isSuspended()) {
      throw ApiException.conflict("The task '" + task.getName() + "' is suspended and cannot be worked now.");
    }
    if (caller.isAdmin() || caller.userId().equals(task.getAssignee())) {
      return task;
    }
    if (!isCandidate(id, caller)) {
      throw ApiException.forbidden("The task '" + task.getName() + "' belongs to another team; you are not one of its candidates.");
    }
    if (task.getAssignee() != null) {
      throw heldByOther(task.getName(), task.getAssignee());
    }
    return task;
  }

  private boolean isCandidate(String id, Caller caller) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(id)) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (caller.userId().equals(link.getUserId()) || (link.getGroupId() != null && caller.groups().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private Task find(String id) {
    Task task = taskService.createTaskQuery().taskId(id).singleResult();
    if (task == null) {
      throw ApiException.notFound("There is no open task with the id '" + id + "'; it may have been completed already.");
    }
    return task;
  }

  private static ApiException heldByOther(String taskName, String assignee) {
    return ApiException.conflict("The task '" + taskName + "' is held by " + assignee + "; ask them to release it first.");
  }

  private OpenTask view(Task task) {
    return view(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()), now());
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
    return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .filter(instance -> instance.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
