package dev.stageline.statistics;

import static dev.stageline.statistics.CaseDriver.KEY;
import static dev.stageline.statistics.CaseDriver.TASK_A;
import static dev.stageline.statistics.CaseDriver.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stageline.statistics.CaseDriver.Work;
import dev.stageline.statistics.OverdueReport.OverdueCase;
import dev.stageline.statistics.OverdueReport.OverdueStep;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Running steps and cases past their targets (Task_A: 2 min, case: 15 min), at the engine's clock. */
@StatisticsEngineTest
class StatisticsOverdueIT {

  private static final Instant T0 = at(2025, 3, 3, 9, 0);

  @Autowired
  private StatisticsService statistics;

  @RegisterExtension
  final CaseDriver cases = CaseDriver.withBlueprint();

  @Test
  void shouldListRunningStepsAndCasesPastTheirTarget() {
    // given a long case that already ended, one started at T0 and claimed by alice, one started 14 min later
    cases.completedCase(T0.minusSeconds(7200), Work.by("alice", 60, 1200), Work.by("carol", 60, 1200));
    String late = cases.start(T0, "late");
    cases.claim(late, TASK_A, "alice", T0.plusSeconds(60));
    cases.start(T0.plusSeconds(14 * 60), "on-time");
    CaseDriver.clock(T0.plusSeconds(16 * 60));

    // when
    OverdueReport overdue = statistics.overdue(KEY);

    // then the late case is 16 min in: past its 15 min and its Task_A's 2 min; the other sits exactly at 2 min
    assertThat(overdue.now()).isEqualTo(T0.plusSeconds(16 * 60));
    assertThat(overdue.steps()).containsExactly(new OverdueStep(KEY, TASK_A, "Take order, \"fast\"", late, "late",
        T0, 960_000, 120_000, "alice"));
    assertThat(overdue.cases()).containsExactly(new OverdueCase(KEY, late, "late", T0, 960_000, 900_000));
  }

  @Test
  void shouldListOverdueOfAllBlueprintsWithoutKey() {
    // given
    String late = cases.start(T0, "late");
    CaseDriver.clock(T0.plusSeconds(3 * 60));

    // when
    OverdueReport overdue = statistics.overdue(null);

    // then
    assertThat(overdue.steps()).extracting(OverdueStep::caseId, OverdueStep::elapsed, OverdueStep::assignee)
        .containsExactly(tuple(late, 180_000L, null));
    assertThat(overdue.cases()).isEmpty();
  }

  @Test
  void shouldListNothingWhenAllRunningWorkIsWithinTarget() {
    // given
    cases.start(T0, "fresh");
    CaseDriver.clock(T0.plusSeconds(60));

    // when
    OverdueReport overdue = statistics.overdue(KEY);

    // then
    assertThat(overdue.steps()).isEmpty();
    assertThat(overdue.cases()).isEmpty();
  }
}
