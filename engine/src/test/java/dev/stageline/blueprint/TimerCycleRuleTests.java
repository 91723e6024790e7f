package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimerCycleRuleTests {

  private final BlueprintValidator validator = new BlueprintValidator();

  @ParameterizedTest
  @ValueSource(strings = {"R/PT1M", "R/PT1H", "R5/P1D", "R/PT90S", "R3/2030-01-01T08:00:00/P1D",
      "R/2030-01-01T08:00:00/2030-01-01T09:00:00", "R/P2W", "R1/PT1S", "0 * * * * ?", "0 0 9 * * ?",
      "0 0/15 8-17 * * MON-FRI", "30 5 * * * ?"})
  void shouldAcceptCyclesRepeatingAtMostOnceAMinute(String cycle) {
    // when
    ValidationResult result = validator.validate(withCycle(cycle));

    // then
    assertThat(result.errors()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      R/PT30S                                      | repeats every 30 seconds
      R5/PT10S                                     | repeats every 10 seconds
      R/PT59S                                      | repeats every 59 seconds
      R/PT0.5S                                     | repeats more than once a second
      R2/2030-01-01T08:00:00/PT1S                  | repeats every second
      R/2030-01-01T08:00:00/2030-01-01T08:00:20    | repeats every 20 seconds
      * * * * * ?                                  | repeats every second
      0/10 * * * * ?                               | repeats every 10 seconds
      0,30 * * * * ?                               | repeats every 30 seconds
      0-5 0 0 1 1 ?                                | repeats every second
      """)
  void shouldRefuseCyclesRepeatingMoreOftenThanOnceAMinute(String cycle, String phrase) {
    // when
    ValidationResult result = validator.validate(withCycle(cycle));

    // then
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isEqualTo("Timer_Remind");
      assertThat(error.message()).contains("'" + cycle + "'", phrase, "at most once a minute");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ${cycle}         | given as an expression
      R/PT1H${extra}   | given as an expression
      every minute     | neither an ISO-8601 repeating interval
      R/soon           | neither an ISO-8601 repeating interval
      61 * * * * ?     | neither an ISO-8601 repeating interval
      """)
  void shouldRefuseCyclesItCannotCheck(String cycle, String phrase) {
    // when
    ValidationResult result = validator.validate(withCycle(cycle));

    // then
    assertThat(result.errors()).extracting(ValidationProblem::message).anySatisfy(message ->
        assertThat(message).contains(phrase));
  }

  private static byte[] withCycle(String cycle) {
    return Fixtures.text("invalid/timer-cycle-too-frequent.bpmn").replace("R/PT30S", cycle)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
