package dev.stageline.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.statistics.StatisticsReport.StepFigures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepsCsvTests {

  @Test
  void shouldQuoteFieldsWithCommasQuotesAndLineBreaks() {
    // given
    List<Object> values = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere");

    // when
    List<String> fields = values.stream().map(StepsCsv::field).toList();

    // then
    assertThat(fields).containsExactly("plain", "\"a,b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"cr\rhere\"");
  }

  @Test
  void shouldWriteNumbersPlainlyAndNullsEmpty() {
    // given
    Object[] values = {1_234_567_890_123L, 0.00001, 1.0, 2.0 / 3, null, true};

    // when
    String[] fields = java.util.Arrays.stream(values).map(StepsCsv::field).toArray(String[]::new);

    // then
    assertThat(fields).containsExactly("1234567890123", "0.000010", "1.0", "0.6666666666666666", "", "true");
  }

  @Test
  void shouldWriteHeaderOnlyWhenThereAreNoSteps() {
    // when
    String csv = StepsCsv.write(List.<StepFigures>of());

    // then
    assertThat(csv).isEqualTo(String.join(",", StepsCsv.HEADER) + "\r\n");
  }
}
