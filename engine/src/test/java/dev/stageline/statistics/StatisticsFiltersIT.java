package dev.stageline.statistics;

import static dev.stageline.statistics.CaseDriver.KEY;
import static dev.stageline.statistics.CaseDriver.TASK_A;
import static dev.stageline.statistics.CaseDriver.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stageline.statistics.CaseDriver.Work;
import dev.stageline.statistics.StatisticsReport.LayerFigures;
import dev.stageline.statistics.StatisticsReport.StaffFigures;
import dev.stageline.statistics.StatisticsReport.StepFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Version and window filters, the daily trend, and unknown blueprints. */
@StatisticsEngineTest
class StatisticsFiltersIT {

  private static final long MINUTE = 60_000;

  @Autowired
  private StatisticsService statistics;

  @RegisterExtension
  final CaseDriver cases = CaseDriver.withoutBlueprint();

  @Test
  void shouldReportPerVersionAndAcrossVersions() {
    // given version 1 (Task_A target 2 min) with cases of 8 and 10 min, version 2 (Task_A target 5 min) with one of 6
    cases.deploy();
    cases.completedCase(at(2025, 3, 3, 9, 0), Work.by("alice", 10, 180), Work.by("carol", 60, 300));
    cases.completedCase(at(2025, 3, 3, 10, 0), Work.by("alice", 10, 240), Work.by("carol", 60, 360));
    cases.deployWithTargetA("PT5M");
    cases.completedCase(at(2025, 3, 3, 11, 0), Work.by("bob", 10, 60), Work.by("carol", 60, 300));

    // when
    StatisticsReport first = statistics.report(KEY, 1, null, null);
    StatisticsReport second = statistics.report(KEY, 2, null, null);
    StatisticsReport all = statistics.report(KEY, null, null, null);

    // then each version is measured against its own targets
    assertThat(first.cases().completed()).isEqualTo(2);
    assertThat(first.cases().mean()).isEqualTo(9 * MINUTE);
    assertThat(taskA(first)).extracting(StepFigures::count, StepFigures::mean, StepFigures::targetDuration,
        StepFigures::withinShare, StepFigures::meets).containsExactly(2L, 210_000L, 2 * MINUTE, 0.0, false);
    assertThat(second.cases().completed()).isEqualTo(1);
    assertThat(taskA(second)).extracting(StepFigures::count, StepFigures::mean, StepFigures::targetDuration,
        StepFigures::withinShare, StepFigures::meets).containsExactly(1L, 60_000L, 5 * MINUTE, 1.0, true);
    // and across versions against the latest version's targets
    assertThat(all.cases().completed()).isEqualTo(3);
    assertThat(all.cases().mean()).isEqualTo(8 * MINUTE);
    assertThat(taskA(all)).extracting(StepFigures::count, StepFigures::mean, StepFigures::p50,
        StepFigures::targetDuration, StepFigures::withinShare).containsExactly(3L, 160_000L, 180_000L, 5 * MINUTE, 1.0);
    assertThat(all.staff()).extracting(StaffFigures::assignee, StaffFigures::count)
        .containsExactly(tuple("alice", 2L), tuple("bob", 1L),
            tuple("carol", 3L));
  }

  @Test
  void shouldFilterOnEndTimeFromInclusiveToExclusive() {
    // given cases of 6, 8, 11 and 16 min on two days
    cases.deploy();
    givenFourCompletedCases();
    Instant thirdEnds = at(2025, 3, 4, 9, 11);
    Instant fourthEnds = at(2025, 3, 4, 10, 16);

    // when
    StatisticsReport window = statistics.report(KEY, null, thirdEnds, fourthEnds);
    StatisticsReport fromOnly = statistics.report(KEY, null, at(2025, 3, 4, 0, 0), null);
    StatisticsReport toOnly = statistics.report(KEY, null, null, at(2025, 3, 4, 0, 0));

    // then only the third case ends in [thirdEnds, fourthEnds)
    assertThat(window.cases().completed()).isEqualTo(1);
    assertThat(window.cases().mean()).isEqualTo(11 * MINUTE);
    // steps are windowed on their own end: Task_A of case 4 (4 min) and Task_B of case 3 (8 min)
    assertThat(taskA(window)).extracting(StepFigures::count, StepFigures::mean).containsExactly(1L, 4 * MINUTE);
    assertThat(window.steps()).filteredOn(step -> step.id().equals("Task_B"))
        .extracting(StepFigures::count, StepFigures::mean).containsExactly(
            tuple(1L, 8 * MINUTE));
    // layer time follows the cases ending in the window: case 3 spent 3 min front stage, 8 min back stage
    assertThat(window.layers()).extracting(LayerFigures::layer, LayerFigures::mean).contains(
        tuple("frontstage", 3 * MINUTE),
        tuple("backstage", 8 * MINUTE));
    assertThat(fromOnly.cases().completed()).isEqualTo(2);
    assertThat(fromOnly.cases().max()).isEqualTo(16 * MINUTE);
    assertThat(toOnly.cases().completed()).isEqualTo(2);
    assertThat(toOnly.cases().max()).isEqualTo(8 * MINUTE);
  }

  @Test
  void shouldReportDailyTrendOfCasesAndOfOneStep() {
    // given
    cases.deploy();
    givenFourCompletedCases();

    // when
    var caseTrend = statistics.trend(KEY, null, null, null, null);
    var stepTrend = statistics.trend(KEY, null, null, null, TASK_A);

    // then cases of 6 and 8 min on day 1, of 11 and 16 min on day 2 (target 15 min)
    assertThat(caseTrend).containsExactly(
        new DailyFigures(LocalDate.of(2025, 3, 3), 2, 420_000L, 468_000L, 1.0),
        new DailyFigures(LocalDate.of(2025, 3, 4), 2, 810_000L, 930_000L, 0.5));
    // Task_A took 1 and 2 min on day 1, 3 and 4 min on day 2 (target 2 min)
    assertThat(stepTrend).containsExactly(
        new DailyFigures(LocalDate.of(2025, 3, 3), 2, 90_000L, 114_000L, 1.0),
        new DailyFigures(LocalDate.of(2025, 3, 4), 2, 210_000L, 234_000L, 0.0));
    // and the window applies
    assertThat(statistics.trend(KEY, null, at(2025, 3, 4, 0, 0), null, null))
        .extracting(DailyFigures::day).containsExactly(LocalDate.of(2025, 3, 4));
  }

  @Test
  void shouldRejectUnknownBlueprintVersionOrStep() {
    // given
    cases.deploy();

    // when / then
    assertThatThrownBy(() -> statistics.report("no-such-blueprint", null, null, null))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no-such-blueprint");
    assertThatThrownBy(() -> statistics.report(KEY, 2, null, null))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("version 2");
    assertThatThrownBy(() -> statistics.trend(KEY, null, null, null, "Task_X"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("Task_X");
    assertThatThrownBy(() -> statistics.overdue("no-such-blueprint"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no-such-blueprint");
  }

  private static StepFigures taskA(StatisticsReport report) {
    return report.steps().stream().filter(step -> step.id().equals(TASK_A)).findFirst().orElseThrow();
  }

  /** Cases of 6, 8 min (3 March) and 11, 16 min (4 March), as in {@link StatisticsIT}. */
  private void givenFourCompletedCases() {
    cases.completedCase(at(2025, 3, 3, 9, 0), Work.by("alice", 10, 60), Work.by("carol", 60, 300));
    cases.completedCase(at(2025, 3, 3, 10, 0), Work.by("alice", 20, 120), Work.by("carol", 60, 360));
    cases.completedCase(at(2025, 3, 4, 9, 0), Work.by("bob", 30, 180), Work.by("carol", 60, 480));
    cases.completedCase(at(2025, 3, 4, 10, 0), Work.by("bob", 40, 240), Work.by("carol", 60, 720));
  }
}
