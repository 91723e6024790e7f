package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionGuardTests {

  @ParameterizedTest
  @ValueSource(strings = {
      "${amount > 100 && accepted}", "${!accepted}", "${status == 'open'}", "${empty note}", "${not empty note}",
      "${(amount > 100) || vip}", "${amount ge 10 and amount le 20}", "${a != b && a <= c && a >= d}",
      "${amount * 2 + fee > limit}", "${order.total > 100}", "${answers['phone'] == 'yes'}", "${items[0] != null}",
      "${status == 'call me()'}", "${note == \"a}b\"}", "${accepted ? 'yes' : 'no'}", "counter-staff", "PT5M",
      "kitchen, support", "${customerId}", ""})
  void shouldAcceptPlainExpressions(String text) {
    assertThat(ExpressionGuard.check(text)).isEmpty();
    assertThat(ExpressionGuard.isPlain(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ${execution.getVariable('amount')}    | reaches the engine object 'execution'
      ${execution.processBusinessKey}       | reaches the engine object 'execution'
      ${task.assignee}                      | reaches the engine object 'task'
      ${externalTask}                       | reaches the engine object 'externalTask'
      ${connector}                          | reaches the engine object 'connector'
      ${environment}                        | reaches the engine object 'environment'
      ${runtimeService}                     | reaches the engine object 'runtimeService'
      ${orderService.place(order)}          | calls the method or function 'place'
      ${dateTime()}                         | calls the method or function 'dateTime'
      ${fn:now()}                           | calls the method or function 'now'
      ${items[0](1)}                        | calls a method or function
      ${order . total ()}                   | calls the method or function 'total'
      ${'x'.concat('y')}                    | calls the method or function 'concat'
      ${amount.class}                       | reads the class of an object
      ${amount['class']}                    | reads the class of an object
      #{groups}                             | is a deferred #{...} expression
      ${amount = 5}                         | assigns a value
      ${x -> x}                             | defines a function
      ${a; b}                               | chains several expressions
      ${a += b}                             | concatenates strings
      ${amount > 100                        | is never closed
      fine ${ok} then ${bean.run()}         | calls the method or function 'run'
      """)
  void shouldRefuseExpressionsThatCouldRunCode(String text, String reason) {
    assertThat(ExpressionGuard.check(text)).hasValueSatisfying(found -> assertThat(found).contains(reason));
    assertThat(ExpressionGuard.isPlain(text)).isFalse();
  }
}
