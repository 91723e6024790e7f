package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopCardinalityRuleTests {

  private static final String LOOP = "<bpmn:loopCardinality>500</bpmn:loopCardinality>";

  private final BlueprintValidator validator = new BlueprintValidator();

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "3", "100", " 42 "})
  void shouldAcceptAFixedNumberUpToTheCap(String cardinality) {
    // when
    ValidationResult result = validator.validate(withLoop("<bpmn:loopCardinality>" + cardinality
        + "</bpmn:loopCardinality>"));

    // then
    assertThat(result.errors()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      <bpmn:loopCardinality>101</bpmn:loopCardinality>               | the loop cardinality 101, more than the 100 instances
      <bpmn:loopCardinality>99999999999</bpmn:loopCardinality>       | which is not a whole number
      <bpmn:loopCardinality>-1</bpmn:loopCardinality>                | which is not a whole number
      <bpmn:loopCardinality>ten</bpmn:loopCardinality>               | which is not a whole number
      <bpmn:loopCardinality>${n}</bpmn:loopCardinality>              | given as an expression
      <bpmn:loopCardinality>#{n}</bpmn:loopCardinality>              | given as an expression
      ""                                                             | without a loop cardinality
      <bpmn:loopDataInputRef>orders</bpmn:loopDataInputRef>          | iterates over a collection ('orders')
      """)
  void shouldRefuseWhatItCannotBound(String loop, String phrase) {
    // when
    ValidationResult result = validator.validate(withLoop(loop));

    // then
    assertThat(result.errors()).extracting(ValidationProblem::message).anySatisfy(message ->
        assertThat(message).contains(phrase));
    assertThat(result.errors()).extracting(ValidationProblem::elementId).contains("Task_TakeOrder");
  }

  private static byte[] withLoop(String loop) {
    String xml = Fixtures.text("invalid/loop-cardinality-above-cap.bpmn");
    assertThat(xml).contains(LOOP);
    return xml.replace(LOOP, loop).getBytes(StandardCharsets.UTF_8);
  }
}
