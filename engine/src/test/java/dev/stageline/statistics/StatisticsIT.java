package dev.stageline.statistics;

import static dev.stageline.statistics.CaseDriver.KEY;
import static dev.stageline.statistics.CaseDriver.TASK_A;
import static dev.stageline.statistics.CaseDriver.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.stageline.statistics.CaseDriver.Work;
import dev.stageline.statistics.StatisticsReport.CaseFigures;
import dev.stageline.statistics.StatisticsReport.LayerFigures;
import dev.stageline.statistics.StatisticsReport.StaffFigures;
import dev.stageline.statistics.StatisticsReport.StepFigures;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures of the statistics test blueprint against values worked out by hand. Four completed cases:
 *
 * <pre>
 * case  ends on  Task_A (target 2 min, 50%)        Task_B (target 10 min, 95%)  case (target 15 min, 95%)
 *  1    day 1    alice, claimed after 10 s, 1 min   carol, after 1 min, 5 min     6 min
 *  2    day 1    alice, 20 s, 2 min                 carol, 1 min, 6 min           8 min
 *  3    day 2    bob, 30 s, 3 min                   carol, 1 min, 8 min          11 min
 *  4    day 2    bob, 40 s, 4 min                   carol, 1 min, 12 min         16 min
 * </pre>
 *
 * plus one case still running at Task_A.
 */
@StatisticsEngineTest
class StatisticsIT {

  private static final long MINUTE = 60_000;
  private static final double CASES_TOTAL = (6 + 8 + 11 + 16) * MINUTE;

  @Autowired
  private StatisticsService statistics;

  @RegisterExtension
  final CaseDriver cases = CaseDriver.withBlueprint();

  @Test
  void shouldMeasureCompletedCasesAgainstTheCaseTarget() {
    // given
    givenFourCompletedCasesAndOneRunning();

    // when
    CaseFigures figures = statistics.report(KEY, null, null, null).cases();

    // then
    assertThat(figures.completed()).isEqualTo(4);
    assertThat(figures.running()).isEqualTo(1);
    assertThat(figures.mean()).isEqualTo(615_000); // 41 min / 4
    assertThat(figures.p50()).isEqualTo(570_000); // between 8 and 11 min
    assertThat(figures.p90()).isEqualTo(870_000); // 11 min + 0.7 × 5 min
    assertThat(figures.p95()).isEqualTo(915_000); // 11 min + 0.85 × 5 min
    assertThat(figures.max()).isEqualTo(960_000);
    assertThat(figures.targetDuration()).isEqualTo(15 * MINUTE);
    assertThat(figures.targetShare()).isEqualTo(0.95);
    assertThat(figures.withinShare()).isEqualTo(0.75);
    assertThat(figures.meets()).isFalse();
  }

  @Test
  void shouldMeasureEachStepAgainstItsTarget() {
    // given
    givenFourCompletedCasesAndOneRunning();

    // when
    var steps = statistics.report(KEY, null, null, null).steps();

    // then the steps come in the model's order, with the running case's start event counted
    assertThat(steps).extracting(StepFigures::id).containsExactlyElementsOf(cases.stepIds());
    assertThat(steps).extracting(StepFigures::id, StepFigures::layer, StepFigures::type, StepFigures::count)
        .containsExactlyInAnyOrder(tuple("StartEvent_request", "customer", "startEvent", 5L),
            tuple(TASK_A, "frontstage", "userTask", 4L), tuple("Task_B", "backstage", "userTask", 4L),
            tuple("EndEvent_served", "support", "endEvent", 4L));
    // durations 1, 2, 3, 4 min: percentiles interpolate
    assertThat(step(steps, TASK_A)).isEqualTo(new StepFigures(TASK_A, "Take order, \"fast\"", "userTask", "frontstage",
        4, 150_000L, 150_000L, 222_000L, 231_000L, 240_000L, 2 * MINUTE, 0.5, 0.5, true,
        25_000L, 25_000L, 125_000L, 125_000L));
    // durations 5, 6, 8, 12 min; waits all 1 min, so work 4, 5, 7, 11 min
    assertThat(step(steps, "Task_B")).isEqualTo(new StepFigures("Task_B", "Prepare", "userTask", "backstage",
        4, 465_000L, 420_000L, 648_000L, 684_000L, 720_000L, 10 * MINUTE, 0.95, 0.75, false,
        60_000L, 60_000L, 360_000L, 405_000L));
    // events take no time and have no target
    assertThat(step(steps, "StartEvent_request")).isEqualTo(new StepFigures("StartEvent_request", "Request", "startEvent", "customer",
        5, 0L, 0L, 0L, 0L, 0L, null, null, null, null, null, null, null, null));
  }

  @Test
  void shouldReportMeanLayerTimePerCaseAndItsShare() {
    // given
    givenFourCompletedCasesAndOneRunning();

    // when
    StatisticsReport report = statistics.report(KEY, null, null, null);

    // then
    assertThat(report.layers()).containsExactly(
        new LayerFigures("customer", false, 0L, 0.0),
        new LayerFigures("frontstage", false, 150_000L, 10 * MINUTE / CASES_TOTAL),
        new LayerFigures("backstage", true, 465_000L, 31 * MINUTE / CASES_TOTAL),
        new LayerFigures("support", true, 0L, 0.0));
    assertThat(report.cases().belowLineOfVisibility()).isEqualTo(465_000L);
    assertThat(report.cases().belowLineOfVisibilityShare()).isCloseTo(31 * MINUTE / CASES_TOTAL, within(1e-12));
  }

  @Test
  void shouldReportStaffPerAssigneeAndStep() {
    // given
    givenFourCompletedCasesAndOneRunning();

    // when
    var staff = statistics.report(KEY, null, null, null).staff();

    // then
    assertThat(staff).containsExactly(
        new StaffFigures("alice", TASK_A, 2, 90_000L, 1.0),
        new StaffFigures("bob", TASK_A, 2, 210_000L, 0.0),
        new StaffFigures("carol", "Task_B", 4, 420_000L, 0.75));
  }

  @Test
  void shouldWriteTheStepsTableAsCsv() {
    // given
    givenFourCompletedCasesAndOneRunning();
    StatisticsReport report = statistics.report(KEY, null, null, null);

    // when
    String csv = statistics.stepsCsv(report);

    // then one row per step, in the model's (drawing) order
    assertThat(report.steps()).extracting(StepFigures::id)
        .containsExactly("StartEvent_request", TASK_A, "Task_B", "EndEvent_served");
    assertThat(csv).isEqualTo(String.join("\r\n",
        "id,name,layer,type,count,mean,p50,p90,p95,max,targetDuration,targetShare,withinShare,meets,"
            + "waitP50,waitMean,workP50,workMean",
        "StartEvent_request,Request,customer,startEvent,5,0,0,0,0,0,,,,,,,,",
        "Task_A,\"Take order, \"\"fast\"\"\",frontstage,userTask,4,150000,150000,222000,231000,240000,"
            + "120000,0.5,0.5,true,25000,25000,125000,125000",
        "Task_B,Prepare,backstage,userTask,4,465000,420000,648000,684000,720000,"
            + "600000,0.95,0.75,false,60000,60000,360000,405000",
        "EndEvent_served,Served,support,endEvent,4,0,0,0,0,0,,,,,,,,",
        ""));
  }

  @Test
  void shouldLeaveWaitAndWorkEmptyForTasksNeverClaimed() {
    // given
    cases.completedCase(at(2025, 3, 3, 9, 0), Work.unclaimed(60), Work.by("carol", 30, 300));

    // when
    var steps = statistics.report(KEY, null, null, null).steps();

    // then
    assertThat(step(steps, TASK_A)).extracting(StepFigures::count, StepFigures::waitP50, StepFigures::waitMean,
        StepFigures::workP50, StepFigures::workMean).containsExactly(1L, null, null, null, null);
    assertThat(step(steps, "Task_B")).extracting(StepFigures::waitP50, StepFigures::workP50)
        .containsExactly(30_000L, 270_000L);
    assertThat(statistics.report(KEY, null, null, null).staff())
        .containsExactly(new StaffFigures("carol", "Task_B", 1, 300_000L, 1.0));
  }

  @Test
  void shouldShowStepsWithoutExecutionsWithCountZero() {
    // given no case at all

    // when
    StatisticsReport report = statistics.report(KEY, null, null, null);

    // then
    assertThat(report.steps()).hasSize(4).allSatisfy(step -> {
      assertThat(step.count()).isZero();
      assertThat(step).extracting(StepFigures::mean, StepFigures::p50, StepFigures::p90, StepFigures::p95,
          StepFigures::max, StepFigures::withinShare, StepFigures::meets, StepFigures::waitP50)
          .containsOnlyNulls();
    });
    assertThat(step(report.steps(), TASK_A).targetDuration()).isEqualTo(2 * MINUTE);
    assertThat(report.cases()).isEqualTo(new CaseFigures(0, 0, null, null, null, null, null, 15 * MINUTE, 0.95,
        null, null, null, null));
    assertThat(report.layers()).extracting(LayerFigures::mean, LayerFigures::shareOfCase)
        .containsOnly(tuple(null, null));
    assertThat(report.staff()).isEmpty();
  }

  @Test
  void shouldNotCountCancelledStepsOrDeletedCases(@Autowired RuntimeService runtimeService) {
    // given one completed case and one deleted while its Task_A was claimed
    Instant start = at(2025, 3, 3, 9, 0);
    cases.completedCase(start, Work.by("alice", 10, 60), Work.by("carol", 60, 300));
    String deleted = cases.start(start.plusSeconds(3600), null);
    cases.claim(deleted, TASK_A, "bob", start.plusSeconds(3660));
    CaseDriver.clock(start.plusSeconds(4000));
    runtimeService.deleteProcessInstance(deleted, "customer left");

    // when
    StatisticsReport report = statistics.report(KEY, null, null, null);

    // then
    assertThat(report.cases().completed()).isEqualTo(1);
    assertThat(report.cases().running()).isZero();
    assertThat(step(report.steps(), TASK_A).count()).isEqualTo(1);
    assertThat(report.staff()).extracting(StaffFigures::assignee).containsExactly("alice", "carol");
  }

  private static StepFigures step(List<StepFigures> steps, String id) {
    return steps.stream().filter(step -> step.id().equals(id)).findFirst().orElseThrow();
  }

  /** The four cases of the class comment, on 3 and 4 March 2025, and one case waiting at Task_A. */
  private void givenFourCompletedCasesAndOneRunning() {
    cases.completedCase(at(2025, 3, 3, 9, 0), Work.by("alice", 10, 60), Work.by("carol", 60, 300));
    cases.completedCase(at(2025, 3, 3, 10, 0), Work.by("alice", 20, 120), Work.by("carol", 60, 360));
    cases.completedCase(at(2025, 3, 4, 9, 0), Work.by("bob", 30, 180), Work.by("carol", 60, 480));
    cases.completedCase(at(2025, 3, 4, 10, 0), Work.by("bob", 40, 240), Work.by("carol", 60, 720));
    cases.start(at(2025, 3, 4, 11, 0), "running");
  }
}
