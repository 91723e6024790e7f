package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The target rules with the values designers actually type. */
class BlueprintTargetValidationTests {

  private final BlueprintValidator validator = new BlueprintValidator();

  @ParameterizedTest
  @ValueSource(strings = {"P1M", "P1Y", "PT0S", "P0D", "-PT5M", "PT-5M", "two minutes", "5", "PT"})
  void shouldRefuseTargetDurationsThatAreNotPositiveDaysToSeconds(String duration) {
    // given
    byte[] xml = Fixtures.minimalWith("blueprint:targetDuration=\"PT2M\"", "blueprint:targetDuration=\"" + duration + "\"");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isEqualTo("Task_TakeOrder");
      assertThat(error.message()).contains("'" + duration + "'", "e.g. PT2M");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT2M", "PT90S", "PT1H30M", "P1D", "P1DT2H"})
  void shouldAcceptTargetDurationsInDaysToSeconds(String duration) {
    // given
    byte[] xml = Fixtures.minimalWith("blueprint:targetDuration=\"PT2M\"", "blueprint:targetDuration=\"" + duration + "\"");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1.5", "-0.5", "96", "96%", "NaN", "most"})
  void shouldRefuseSharesOutsideZeroToOne(String share) {
    // given
    byte[] xml = Fixtures.minimalWith("blueprint:targetShare=\"0.96\"", "blueprint:targetShare=\"" + share + "\"");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isEqualTo("Task_TakeOrder");
      assertThat(error.message()).contains("'" + share + "'", "0.96 means 96%");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.5", "0.001"})
  void shouldAcceptSharesUpToOne(String share) {
    // given
    byte[] xml = Fixtures.minimalWith("blueprint:targetShare=\"0.96\"", "blueprint:targetShare=\"" + share + "\"");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void shouldWarnAboutMissingTargetsWithoutRefusingTheBlueprint() {
    // when
    ValidationResult result = validator.validate(Fixtures.bytes("warnings/missing-targets.bpmn"));

    // then
    assertThat(result.valid()).isTrue();
    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings()).anySatisfy(warning -> {
      assertThat(warning.elementId()).isEqualTo("counter-minimal");
      assertThat(warning.message()).contains("add a case target");
    });
    assertThat(result.warnings()).anySatisfy(warning -> {
      assertThat(warning.elementId()).isEqualTo("Task_TakeOrder");
      assertThat(warning.message()).contains("add a target duration", "so its times can be compared");
    });
  }

  @Test
  void shouldWarnAboutAShareWithoutADuration() {
    // when
    ValidationResult result = validator.validate(Fixtures.bytes("warnings/share-without-duration.bpmn"));

    // then
    assertThat(result.valid()).isTrue();
    assertThat(result.warnings()).anySatisfy(warning -> {
      assertThat(warning.elementId()).isEqualTo("Task_TakeOrder");
      assertThat(warning.message()).contains("has a target share but no target duration");
    });
  }
}
