package dev.stageline.demo;

import static dev.stageline.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.statistics.OverdueReport;
import dev.stageline.statistics.StatisticsReport;
import dev.stageline.statistics.StatisticsReport.StaffFigures;
import dev.stageline.statistics.StatisticsReport.StepFigures;
import dev.stageline.statistics.StatisticsService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The first start on an empty database with demo data on (the default): the samples come with a
 * month of history that the engine produced, and the statistics show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-it;DB_CLOSE_DELAY=-1",
    // an engine name of its own: /engine-rest and the engine registry keep meaning the API tests' engine
    "camunda.bpm.process-engine-name=demoIt",
    "stageline.demo.enabled=true",
    "stageline.admin.username=admin",
    "stageline.admin.password=" + DemoHistoryIT.ADMIN_PASSWORD
})
class DemoHistoryIT {

  static final String ADMIN_PASSWORD = "demo-secret";
  private static final List<String> SAMPLES = DemoProfile.SAMPLES.stream().map(DemoProfile::key).toList();

  @Autowired
  private StatisticsService statistics;
  @Autowired
  private BlueprintService blueprints;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private ProcessEngineConfigurationImpl engine;
  @Autowired
  private DemoHistory demoHistory;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void shouldFillTheStatisticsOfEverySampleBlueprint() {
    // given the application started on an empty database

    // when
    Map<String, StatisticsReport> reports = reports();

    // then every sample has completed cases, measured steps and staff figures
    List<Boolean> verdicts = new ArrayList<>();
    reports.forEach((key, report) -> {
      assertThat(report.cases().completed()).as("completed cases of %s", key).isPositive();
      assertThat(report.cases().p50()).as("median case time of %s", key).isPositive();
      List<StepFigures> userTasks = report.steps().stream().filter(step -> step.type().equals("userTask")).toList();
      assertThat(userTasks).as("user tasks of %s", key).isNotEmpty()
          .allSatisfy(step -> assertThat(step.count()).as("executions of %s", step.id()).isPositive())
          .allSatisfy(step -> assertThat(step.waitP50()).as("wait before claim of %s", step.id()).isNotNull());
      assertThat(report.staff()).as("staff of %s", key).isNotEmpty();
      userTasks.forEach(step -> verdicts.add(step.meets()));
    });
    // and some steps meet their service standard while others breach it
    assertThat(verdicts).contains(true, false);
  }

  @Test
  void shouldTakeEveryStepAndEveryBranchOfEverySampleSometimes() {
    // given the application started on an empty database

    // when
    Map<String, StatisticsReport> reports = reports();

    // then every flow node ran — both sides of each gateway, the loops and the 4-hour timer
    reports.forEach((key, report) -> assertThat(report.steps())
        .allSatisfy(step -> assertThat(step.count()).as("completed executions of %s in %s", step.id(), key)
            .isPositive()));
  }

  @Test
  void shouldLetSimulatedStaffOfTheRightTeamsWorkTheCases() {
    // given the application started on an empty database

    // when
    List<StaffFigures> staff = reports().values().stream().flatMap(report -> report.staff().stream()).toList();

    // then every assignee is a real user in the staff group, and there are a handful per team
    List<String> assignees = staff.stream().map(StaffFigures::assignee).distinct().toList();
    assertThat(assignees).hasSizeGreaterThan(2 * SAMPLES.size()).contains("pat", "sam");
    assertThat(assignees).allSatisfy(userId -> assertThat(
        identityService.createUserQuery().userId(userId).memberOfGroup(DemoStaff.STAFF_GROUP).count())
        .as("%s in the staff group", userId).isEqualTo(1));
  }

  @Test
  void shouldGiveEveryCaseABusinessKeyOfItsBlueprint() {
    // given the application started on an empty database

    // when
    long cases = historyService.createHistoricProcessInstanceQuery().count();

    // then
    long keyed = DemoProfile.SAMPLES.stream().mapToLong(profile -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(profile.key()).processInstanceBusinessKeyLike(profile.prefix() + "-____").count()).sum();
    assertThat(keyed).isEqualTo(cases);
  }

  @Test
  void shouldFireEachTimerAtItsSimulatedDueTime() {
    // given the hotline's non-interrupting timer, 4 hours after "Solve the problem" started, fired in the seeded month
    Date seededAt = Date.from(new DemoMarker(managementService).status().seededAt());
    List<HistoricActivityInstance> fired = historyService.createHistoricActivityInstanceQuery()
        .activityId("BoundaryEvent_SolveOverdue").startedBefore(seededAt).list();

    // when
    List<Duration> afterSolveStarted = fired.stream().map(timer -> {
      HistoricActivityInstance solve = historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(timer.getProcessInstanceId()).activityId("Task_Solve").singleResult();
      return Duration.between(solve.getStartTime().toInstant(), timer.getStartTime().toInstant());
    }).toList();

    // then it fired in the simulated past, not later when the job executor found it due
    assertThat(afterSolveStarted).isNotEmpty().containsOnly(Duration.ofHours(4));
    assertThat(managementService.createJobQuery().duedateLowerThan(new Date()).count())
        .as("timers left due").isZero();
  }

  @Test
  void shouldLeaveSomeCasesRunningSomeOfThemOverdue() {
    // given the application started on an empty database

    // when
    long running = historyService.createHistoricProcessInstanceQuery().unfinished().count();
    OverdueReport overdue = statistics.overdue(null);

    // then every sample has an overdue step (at least its forgotten case's), and some cases are overdue
    assertThat(overdue.steps()).extracting(OverdueReport.OverdueStep::blueprintKey).containsAll(SAMPLES);
    assertThat(overdue.cases()).isNotEmpty();
    assertThat(running).as("running cases, overdue or within target").isGreaterThan(overdue.cases().size());
  }

  @Test
  void shouldTellTheUiThatTheHistoryIsDemoData() {
    // given the application started on an empty database

    // when
    ResponseEntity<JsonNode> response = get(rest.withBasicAuth("admin", ADMIN_PASSWORD), "/api/about");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode demo = response.getBody().get("demo");
    assertThat(demo.get("seeded").asBoolean()).isTrue();
    assertThat(demo.get("cases").asLong()).isEqualTo(historyService.createHistoricProcessInstanceQuery().count());
    assertThat(Instant.parse(demo.get("seededAt").asText())).isBetween(Instant.now().minus(Duration.ofMinutes(10)),
        Instant.now());
  }

  @Test
  void shouldNotSeedASecondTime() {
    // given
    long cases = historyService.createHistoricProcessInstanceQuery().count();
    long steps = historyService.createHistoricActivityInstanceQuery().count();
    long users = identityService.createUserQuery().count();
    DemoMarker.Status marker = new DemoMarker(managementService).status();

    // when
    demoHistory.prepare();

    // then
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(cases);
    assertThat(historyService.createHistoricActivityInstanceQuery().count()).isEqualTo(steps);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(new DemoMarker(managementService).status()).isEqualTo(marker);
  }

  @Test
  void shouldGiveTheEngineItsRealClockBack() {
    // given the application started on an empty database

    // when
    Instant engineNow = ClockUtil.getCurrentTime().toInstant();

    // then
    assertThat(Duration.between(engineNow, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldHoldTheJobExecutorWhileTheClockIsMovedAndStartItAgain() {
    // given
    JobExecutor jobExecutor = engine.getJobExecutor();
    assertThat(jobExecutor.isActive()).isTrue();

    // when
    boolean activeWhilePaused;
    try (PausedJobExecutor paused = new PausedJobExecutor(engine)) {
      activeWhilePaused = jobExecutor.isActive();
    }

    // then
    assertThat(activeWhilePaused).isFalse();
    assertThat(jobExecutor.isActive()).isTrue();
  }

  private Map<String, StatisticsReport> reports() {
    assertThat(SAMPLES).allSatisfy(key -> assertThat(blueprints.definition(key, null)).isNotNull());
    Map<String, StatisticsReport> reports = new LinkedHashMap<>();
    SAMPLES.forEach(key -> reports.put(key, statistics.report(key, null, null, null)));
    return reports;
  }
}
