package dev.stageline.tasks;

import dev.stageline.security.Caller;
import dev.stageline.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * completing them. A task held by someone else is a conflict (409), never silently taken over;
 * when several people act on one task at the same moment, one wins and the others get 409, or 404
 * once the task is done.
 */
@Service
class TaskListService {

  private static final int MAX_TASKS = 500;

  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engine;
  private final OpenTaskViews views;

  TaskListService(TaskService taskService, FormService formService, RuntimeService runtimeService,
      IdentityService identityService, ProcessEngineConfigurationImpl engine, OpenTaskViews views) {
    this.engine = engine;
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.views = views;
  }

  /** The result of a completion. */
  record Completed(String id, String caseId, boolean caseEnded) {
  }

  /** The caller's open tasks, read in one engine command. */
  List<OpenTask> openTasks(Caller caller) {
    return engine.getCommandExecutorTxRequired().execute(context -> readOpenTasks(caller));
  }

  private List<OpenTask> readOpenTasks(Caller caller) {
    TaskQuery query = taskService.createTaskQuery().active();
    if (!caller.isAdmin()) {
      TaskQuery mine = query.or().taskAssignee(caller.userId()).taskCandidateUser(caller.userId());
      if (!caller.groups().isEmpty()) {
        mine.taskCandidateGroupIn(List.copyOf(caller.groups()));
      }
      query = mine.endOr();
    }
    return views.of(query.orderByTaskCreateTime().asc().listPage(0, MAX_TASKS));
  }

  OpenTask claim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (caller.userId().equals(task.getAssignee())) {
      return views.of(task);
    }
    change(task, caller, () -> taskService.claim(id, caller.userId()));
    return views.of(find(id));
  }

  OpenTask unclaim(String id, Caller caller) {
    Task task = workable(id, caller);
    if (task.getAssignee() != null) {
      change(task, caller, () -> taskService.setAssignee(id, null));
    }
    return views.of(find(id));
  }

  TaskForm form(String id, Caller caller) {
    Task task = visible(id, caller);
    return new TaskForm(views.of(task), fields(task));
  }

  /**
   * Completes the task, claiming it first when nobody holds it. A task with form fields gets the
   * engine's form validation; a refused value changes nothing (one transaction). Reading, checking
   * and claiming the task is one engine command, completing it a second: the claim must reach the
   * history before the completion does, or the step's history loses its assignee.
   */
  @Transactional
  Completed complete(String id, Map<String, Object> variables, Caller caller) {
    AtomicReference<Task> read = new AtomicReference<>();
    Claimed claimed;
    try {
      claimed = engine.getCommandExecutorTxRequired().execute(context -> {
        try {
          Task task = workable(id, caller);
          read.set(task);
          List<TaskForm.Field> fields = fields(task);
          TaskForm.checkTypes(fields, variables);
          if (task.getAssignee() == null) {
            // claim first, so the claim time (and so wait and work time) is recorded for this task too
            change(task, caller, () -> taskService.claim(id, caller.userId()));
          }
          return new Claimed(task, !fields.isEmpty(), null);
        } catch (ApiException e) {
          // answered outside the command, so the engine does not log a refusal as its own failure
          return new Claimed(null, false, e);
        }
      });
    } catch (OptimisticLockingException e) {
      if (read.get() == null) {
        throw e;
      }
      throw raceLost(read.get(), caller, e);
    }
    if (claimed.refused() != null) {
      throw claimed.refused();
    }
    Task task = claimed.task();
    try {
      change(task, caller, claimed.hasForm() ? () -> formService.submitTaskForm(id, variables)
          : () -> taskService.complete(id, variables));
    } catch (FormFieldValidationException | FormFieldValidatorException e) {
      throw ApiException.badRequest("The form of '" + task.getName() + "' refused a value: " + e.getMessage());
    }
    String caseId = task.getProcessInstanceId();
    boolean ended = runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count() == 0;
    return new Completed(id, caseId, ended);
  }

  /** A task checked and claimed for completion, or why it may not be completed. */
  private record Claimed(Task task, boolean hasForm, ApiException refused) {
  }

  /**
   * Runs {@code change} on {@code task}. Someone else may claim, complete or change the task
   * between our read and our write (two clicks on one task): the engine then refuses the write,
   * and the caller learns who holds the task (409) or that it is gone (404). The engine's user
   * operation log records the caller as the one who made the change.
   */
  private void change(Task task, Caller caller, Runnable change) {
    identityService.setAuthenticatedUserId(caller.userId());
    try {
      change.run();
    } catch (TaskAlreadyClaimedException e) {
      throw heldByOther(task.getName(), e.getTaskAssignee());
    } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
      throw raceLost(task, caller, e);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * What to answer when the engine refused a change to {@code task} because it changed or went
   * since we read it: 404 when it is gone, 409 naming who holds it now, or 409 to try again.
   */
  private RuntimeException raceLost(Task task, Caller caller, RuntimeException e) {
    Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    if (now == null) {
      return gone(task);
    }
    if (!(e instanceof OptimisticLockingException)) {
      return e; // the task is still there: not a race
    }
    if (now.getAssignee() != null && !now.getAssignee().equals(caller.userId())) {
      return heldByOther(task.getName(), now.getAssignee());
    }
    return ApiException.conflict("Someone else changed the task '" + task.getName() + "' at the same moment; reload"
        + " it and try again.");
  }

  /** The task's form fields; a task completed by someone else in the meantime is gone (404). */
  private List<TaskForm.Field> fields(Task task) {
    try {
      return TaskForm.fields(formService.getTaskFormData(task.getId()));
    } catch (NullValueException | NotFoundException e) {
      throw gone(task);
    }
  }

  /** The task, when {@code caller} may see it: an admin, its assignee, or a candidate. */
  private Task visible(String id, Caller caller) {
    Task task = find(id);
    if (caller.isAdmin() || caller.userId().equals(task.getAssignee()) || isCandidate(task, caller)) {
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
    if (!isCandidate(task, caller)) {
      // a task completed since we read it has lost its candidates too
      if (taskService.createTaskQuery().taskId(id).count() == 0) {
        throw gone(task);
      }
      throw ApiException.forbidden("The task '" + task.getName() + "' belongs to another team; you are not one of its candidates.");
    }
    if (task.getAssignee() != null) {
      throw heldByOther(task.getName(), task.getAssignee());
    }
    return task;
  }

  private boolean isCandidate(Task task, Caller caller) {
    List<IdentityLink> links;
    try {
      links = taskService.getIdentityLinksForTask(task.getId());
    } catch (NullValueException | NotFoundException e) {
      throw gone(task);
    }
    for (IdentityLink link : links) {
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

  private static ApiException gone(Task task) {
    return ApiException.notFound("The task '" + task.getName() + "' is no longer open: someone completed it at the same"
        + " moment.");
  }

  private static ApiException heldByOther(String taskName, String assignee) {
    return ApiException.conflict("The task '" + taskName + "' is held by " + assignee + "; ask them to release it first.");
  }
}
