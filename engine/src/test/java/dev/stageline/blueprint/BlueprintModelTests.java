package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class BlueprintModelTests {

  @Test
  void shouldReadLanesStepsInDrawingOrderAndTargets() throws Exception {
    // given
    BlueprintModel model;
    try (InputStream in = getClass().getResourceAsStream("/stageline/blueprints/same-day-repair.bpmn")) {
      // when
      model = BlueprintModel.of(Bpmn.readModelFromStream(in));
    }

    // then
    assertThat(model.key()).isEqualTo("same-day-repair");
    assertThat(model.lanes()).extracting(BlueprintModel.LaneInfo::layer)
        .containsExactly(Layer.CUSTOMER, Layer.FRONTSTAGE, Layer.FRONTSTAGE, Layer.BACKSTAGE, Layer.SUPPORT);
    assertThat(model.steps().get(0).type()).isEqualTo("startEvent");
    assertThat(model.steps().get(1).name()).isEqualTo("Report the fault");
    assertThat(model.steps().get(model.steps().size() - 1).type()).isEqualTo("endEvent");
    BlueprintModel.Step report = model.steps().get(1);
    assertThat(report.layer()).isEqualTo(Layer.CUSTOMER);
    assertThat(report.target()).isEqualTo(new BlueprintModel.Target(5 * 60_000, 0.9));
    assertThat(model.caseTarget()).isEqualTo(new BlueprintModel.Target(8 * 3_600_000, 0.96));
  }

  @Test
  void shouldUseTheDefaultShareWhenAStepGivesOnlyADuration() throws Exception {
    // given the complaint sample sets defaultTargetShare 0.9 and "Assess the complaint" has no share
    BlueprintModel model;
    try (InputStream in = getClass().getResourceAsStream("/stageline/blueprints/complaint-handling.bpmn")) {
      model = BlueprintModel.of(Bpmn.readModelFromStream(in));
    }

    // when
    BlueprintModel.Step assess = model.steps().stream().filter(step -> "Assess the complaint".equals(step.name()))
        .findFirst().orElseThrow();

    // then
    assertThat(assess.target()).isEqualTo(new BlueprintModel.Target(2 * 86_400_000L, 0.9));
  }

  @Test
  void shouldReadIsoDurationsAndRefuseWhatIsNotOne() {
    assertThat(IsoDurations.parseMillis("PT2M")).contains(120_000L);
    assertThat(IsoDurations.parseMillis("P1DT1H")).contains(90_000_000L);
    assertThat(IsoDurations.parseMillis("P1M")).isEmpty();
    assertThat(IsoDurations.parseMillis("PT0S")).isEmpty();
    assertThat(IsoDurations.parseMillis("two minutes")).isEmpty();
    assertThat(IsoDurations.parseMillis(null)).isEmpty();
  }
}
