package dev.stageline.tasks;

import dev.stageline.security.Caller;
import dev.stageline.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of a blueprint: which tasks a user may work, and claiming, unclaiming and
 * completing them. A task held by someone else is a conflict (409), never silently taken over.
 */
@Service
class TaskListService {

  private static final int MAX_TASKS = 500;

  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final TaskViews views;

  TaskListService(TaskService taskService, FormService formService, RuntimeService runtimeService, TaskViews views) {
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.views = views;
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
    Map<String, String> businessKeys = views.businessKeys(tasks);
    Instant now = TaskViews.now();
    return tasks.stream().map(task -> views.view(task, businessKeys.get(task.getProcessInstanceId()), now)).toList();
  }

  OpenTask claim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (caller.userId().equals(task.getAssignee())) {
      return views.view(task);
    }
    try {
      taskService.claim(id, caller.userId());
    } catch (TaskAlreadyClaimedException e) {
      throw heldByOther(task.getName(), e.getTaskAssignee());
    }
    return views.view(find(id));
  }

  OpenTask unclaim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (task.getAssignee() != null) {
      taskService.setAssignee(id, null);
    }
    return views.view(find(id));
  }

  TaskForm form(String id, Caller caller) {
    Task task = visible(id, caller);
    return new TaskForm(views.view(task), TaskForm.fields(formService.getTaskFormData(id)));
  }

  /**
   * Completes the task, claiming it first when nobody holds it. A task with form fields gets the
   * engine's form validation; a refused value changes nothing (one transaction).
   */
  @Transactional
  Completed complete(String id, Map<String, Object> variables, Caller caller) {
    Task task = workable(id, caller);
    List<TaskForm.Field> fields = TaskForm.fields(formService.getTaskFormData(id));
    TaskForm.checkTypes(fields, variables);
    if (task.getAssignee() == null) {
      // claim first, so the claim time (and so wait and work time) is recorded for this task too
      try {
        taskService.claim(id, caller.userId());
      } catch (TaskAlreadyClaimedException e) {
        throw heldByOther(task.getName(), e.getTaskAssignee());
      }
    }
    try {
      if (fields.isEmpty()) {
        taskService.complete(id, variables);
      } else {
        formService.submitTaskForm(id, variables);
      }
    } catch (FormFieldValidationException | FormFieldValidatorException e) {
      throw ApiException.badRequest("The form of '" + task.getName() + "' refused a value: " + e.getMessage());
    } catch (NullValueException e) {
      // completed by someone else between our check and our call
      find(id);
      throw e;
    }
    boolean ended = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .count() == 0;
    return new Completed(id, task.getProcessInstanceId(), ended);
  }

  /** The task, when {@code caller} may see it: an admin, its assignee, or a candidate. */
  private Task visible(String id, Caller caller) {
    Task task = find(id);
    if (caller.isAdmin() || caller.userId().equals(task.getAssignee()) || isCandidate(id, caller)) {
      return task;
    }
    throw ApiException.forbidden("The task '" + task.getName() + "' belongs to another team; you are not one of its candidates.");
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

}
