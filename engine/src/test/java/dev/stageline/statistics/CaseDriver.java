package dev.stageline.statistics;

import dev.stageline.support.Api;
import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintProfile;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Deploys the statistics test blueprint and drives its cases, setting the engine clock before every
 * start, claim and completion so that each duration in the history is known exactly. A JUnit
 * extension of the statistics ITs ({@code @RegisterExtension}): it takes the engine's services from
 * the test's Spring context before each test and removes what it deployed after it.
 */
final class CaseDriver implements BeforeEachCallback, AfterEachCallback {

  static final String KEY = "statistics-test";
  static final String TASK_A = "Task_A";
  static final String TASK_B = "Task_B";

  /** Who works a task, how long after its creation they claim it (no one: null), and when it is done. */
  record Work(String assignee, Duration claimAfter, Duration duration) {

    static Work by(String assignee, long waitSeconds, long durationSeconds) {
      return new Work(assignee, Duration.ofSeconds(waitSeconds), Duration.ofSeconds(durationSeconds));
    }

    static Work unclaimed(long durationSeconds) {
      return new Work(null, null, Duration.ofSeconds(durationSeconds));
    }
  }

  private final boolean deployFirst;
  private RepositoryService repositoryService;
  private RuntimeService runtimeService;
  private TaskService taskService;

  private CaseDriver(boolean deployFirst) {
    this.deployFirst = deployFirst;
  }

  /** A driver that deploys the test blueprint, as it is in the fixture file, before each test. */
  static CaseDriver withBlueprint() {
    return new CaseDriver(true);
  }

  /** A driver whose tests deploy the blueprint themselves ({@link #deploy()}, {@link #deployWithTargetA}). */
  static CaseDriver withoutBlueprint() {
    return new CaseDriver(false);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    repositoryService = spring.getBean(RepositoryService.class);
    runtimeService = spring.getBean(RuntimeService.class);
    taskService = spring.getBean(TaskService.class);
    if (deployFirst) {
      deploy();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    cleanUp();
  }

  /** A local time of the JVM's zone, the zone in which the engine writes history timestamps. */
  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant();
  }

  /** Deploys the test blueprint as it is in the fixture file. */
  void deploy() {
    deploy(fixture());
  }

  /** Deploys the test blueprint with Task_A's target duration replaced by {@code targetA}. */
  void deployWithTargetA(String targetA) {
    BpmnModelInstance model = fixture();
    model.<FlowNode>getModelElementById(TASK_A)
        .setAttributeValueNs(BlueprintProfile.NAMESPACE, BlueprintProfile.TARGET_DURATION, targetA);
    deploy(model);
  }

  /** The step ids of the latest deployed version, in the order {@link BlueprintModel#steps()} gives. */
  List<String> stepIds() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult().getId();
    return BlueprintModel.of(repositoryService.getBpmnModelInstance(definitionId)).steps().stream()
        .map(BlueprintModel.Step::id).toList();
  }

  /** Runs a whole case from {@code start}: Task_A, then Task_B, each created when the one before ends. */
  String completedCase(Instant start, Work a, Work b) {
    String caseId = start(start, null);
    Instant bCreated = work(caseId, TASK_A, start, a);
    work(caseId, TASK_B, bCreated, b);
    return caseId;
  }

  String start(Instant when, String businessKey) {
    clock(when);
    return runtimeService.startProcessInstanceByKey(KEY, businessKey).getId();
  }

  void claim(String caseId, String taskKey, String assignee, Instant when) {
    clock(when);
    taskService.claim(task(caseId, taskKey).getId(), assignee);
  }

  void complete(String caseId, String taskKey, Instant when) {
    clock(when);
    taskService.complete(task(caseId, taskKey).getId());
  }

  /** Works the open task {@code taskKey} created at {@code created}; returns when it was completed. */
  Instant work(String caseId, String taskKey, Instant created, Work work) {
    if (work.assignee() != null) {
      claim(caseId, taskKey, work.assignee(), created.plus(work.claimAfter()));
    }
    Instant done = created.plus(work.duration());
    complete(caseId, taskKey, done);
    return done;
  }

  /** Removes every deployment with its cases and history, and gives the engine its real clock back. */
  private void cleanUp() {
    ClockUtil.reset();
    // only its own: on a shared database (PostgreSQL in CI) other tests' blueprints stay
    Api.undeploy(repositoryService, KEY);
  }

  static void clock(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  private void deploy(BpmnModelInstance model) {
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
  }

  private Task task(String caseId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey).singleResult();
  }

  private static BpmnModelInstance fixture() {
    try (InputStream bpmn = CaseDriver.class.getResourceAsStream("/blueprints/statistics-test.bpmn")) {
      return Bpmn.readModelFromStream(bpmn);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
