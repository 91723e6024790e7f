package dev.stageline.demo;

import dev.stageline.blueprint.BlueprintModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Drives simulated cases of one blueprint through the engine at simulated times: the case is
 * started, each task it reaches is claimed and completed by a member of the task's team at times
 * drawn around the step's target, and due timers fire — until the case ends or its next move would
 * lie after {@code now}, where it is left running.
 *
 * <p>Every stretch of a case runs as one engine command, so the engine writes its history in one
 * flush and skips the runtime rows of tasks that are created and completed within it. Tasks and
 * timers created inside the command are not in the database yet; they are read from the command's
 * entity cache, the engine's own view of them. A due timer ends the stretch: it fires through the
 * job API in a command of its own, as the job executor would have fired it, and the next stretch
 * loads the case's tasks and timers from the database.
 */
final class CaseSimulator {

  /** What one simulated case did. */
  record Outcome(String caseId, int completedSteps, boolean running) {
  }

  /** A forgotten case stops at the step it reaches after this many completed steps. */
  static final int FORGOTTEN_AFTER_STEPS = 2;

  private final ProcessEngineConfigurationImpl engine;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final String definitionId;
  private final BlueprintModel model;
  private final StepTiming timing;
  private final FormAnswers answers;
  private final DemoStaff staff;
  private final Instant now;

  CaseSimulator(ProcessEngineConfigurationImpl engine, String definitionId, BlueprintModel model, StepTiming timing,
      FormAnswers answers, DemoStaff staff, Instant now) {
    this.engine = engine;
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.definitionId = definitionId;
    this.model = model;
    this.timing = timing;
    this.answers = answers;
    this.staff = staff;
    this.now = now;
  }

  /**
   * Starts a case at {@code start} and drives it as far as {@code now}. In a {@code forgotten}
   * case, the step reached after {@link #FORGOTTEN_AFTER_STEPS} completed steps is claimed but
   * never completed, so the case is still running, and overdue, at {@code now}.
   */
  Outcome simulate(String businessKey, Instant start, boolean forgotten) {
    SimulatedCase simulated = new SimulatedCase(forgotten);
    Optional<JobEntity> dueTimer = inOneCommand(context -> simulated.start(context, businessKey, start));
    while (dueTimer.isPresent()) {
      JobEntity timer = dueTimer.get();
      clock(timer.getDuedate().toInstant());
      managementService.executeJob(timer.getId());
      dueTimer = inOneCommand(simulated::resume);
    }
    return new Outcome(simulated.caseId, simulated.completedSteps, simulated.running);
  }

  private <T> T inOneCommand(Command<T> command) {
    return engine.getCommandExecutorTxRequired().execute(command);
  }

  /**
   * The live entities of {@code type} in the command's cache: those loaded or created in this
   * command and not deleted (a completed task is deleted).
   */
  private static <T> Stream<T> cached(DbEntityManager entities, Class<T> type) {
    return entities.getDbEntityCache().getCachedEntities().stream()
        .map(CachedDbEntity::getEntity)
        .filter(entity -> type.isInstance(entity) && !entities.isDeleted(entity))
        .map(type::cast);
  }

  private static void clock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** The state of one case between the stretches the engine runs. */
  private final class SimulatedCase {
    final boolean forgotten;
    String caseId;
    int completedSteps;
    boolean running;
    private final Map<String, TaskPlan> plans = new HashMap<>();
    /** One person per team works the whole case, as in a shift. */
    private final Map<String, String> crew = new HashMap<>();

    SimulatedCase(boolean forgotten) {
      this.forgotten = forgotten;
    }

    Optional<JobEntity> start(CommandContext context, String businessKey, Instant start) {
      clock(start);
      caseId = runtimeService.startProcessInstanceById(definitionId, businessKey).getId();
      return advance(context);
    }

    /** Continues after a timer fired: the case's tasks and timers are in the database now. */
    Optional<JobEntity> resume(CommandContext context) {
      // loading them puts them into the command's entity cache, where advance() looks
      taskService.createTaskQuery().processInstanceId(caseId).list();
      managementService.createJobQuery().processInstanceId(caseId).list();
      return advance(context);
    }

    /** Works the case until it ends, reaches now, or a timer is due; returns that timer. */
    private Optional<JobEntity> advance(CommandContext context) {
      DbEntityManager entities = context.getDbEntityManager();
      while (true) {
        // oldest first, so that plans (and so the random draws) are made in a repeatable order
        List<TaskEntity> open = cached(entities, TaskEntity.class)
            .filter(task -> caseId.equals(task.getProcessInstanceId()))
            .sorted(Comparator.comparing(TaskEntity::getCreateTime).thenComparing(TaskEntity::getTaskDefinitionKey))
            .toList();
        open.forEach(this::plan);
        Optional<JobEntity> timer = cached(entities, JobEntity.class)
            .filter(job -> caseId.equals(job.getProcessInstanceId()) && job.getDuedate() != null)
            .min(Comparator.comparing(JobEntity::getDuedate));
        Optional<TaskEntity> task = open.stream()
            .min(Comparator.comparing((TaskEntity t) -> plan(t).next()).thenComparing(TaskEntity::getId));
        if (task.isEmpty() && timer.isEmpty()) {
          running = false;
          return Optional.empty();
        }
        Instant timerDue = timer.map(job -> job.getDuedate().toInstant()).orElse(null);
        Instant taskNext = task.map(t -> plan(t).next()).orElse(null);
        if (timerDue != null && (taskNext == null || !timerDue.isAfter(taskNext))) {
          running = true;
          return timerDue.isAfter(now) ? Optional.empty() : timer;
        }
        if (taskNext.isAfter(now)) {
          running = true;
          return Optional.empty();
        }
        work(task.get(), plan(task.get()));
      }
    }

    private void work(TaskEntity task, TaskPlan plan) {
      clock(plan.next());
      if (plan.claimsNext()) {
        taskService.claim(task.getId(), plan.assignee());
        plan.claimed();
      } else {
        taskService.complete(task.getId(), answers.answer(task.getTaskDefinitionKey()));
        completedSteps++;
      }
    }

    private TaskPlan plan(TaskEntity task) {
      return plans.computeIfAbsent(task.getId(), id -> {
        String stepId = task.getTaskDefinitionKey();
        BlueprintModel.Step step = model.step(stepId).orElse(null);
        Duration duration = timing.duration(stepId, step == null ? null : step.target());
        Instant created = task.getCreateTime().toInstant();
        String assignee = crew.computeIfAbsent(team(step), staff::pick);
        boolean stalls = forgotten && completedSteps >= FORGOTTEN_AFTER_STEPS;
        return new TaskPlan(assignee, created.plus(timing.waitBeforeClaim(duration)),
            stalls ? Instant.MAX : created.plus(duration));
      });
    }

    private String team(BlueprintModel.Step step) {
      if (step == null || step.laneId() == null) {
        return "";
      }
      return model.lanes().stream().filter(lane -> lane.id().equals(step.laneId())).findFirst()
          .map(BlueprintModel.LaneInfo::role).orElse("");
    }
  }
}
