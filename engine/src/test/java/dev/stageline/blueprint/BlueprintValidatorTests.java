package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class BlueprintValidatorTests {

  private final BlueprintValidator validator = new BlueprintValidator();

  @Test
  void shouldAcceptTheMinimalBlueprintWithoutErrorsOrWarnings() {
    // given
    byte[] xml = Fixtures.bytes("valid-minimal.bpmn");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.valid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"valid-external-task.bpmn", "valid-plain-expressions.bpmn", "valid-task-sets-candidates.bpmn",
      "valid-timer-and-loop.bpmn"})
  void shouldAcceptWhatTheRulesAllow(String fixture) {
    // when
    ValidationResult result = validator.validate(Fixtures.bytes(fixture));

    // then
    assertThat(result.errors()).isEmpty();
    assertThat(result.valid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      two-pools                           | Pool_Supplier     | Pool 'Supplier' (Pool_Supplier) is a second pool
      no-pool                             | counter-minimal   | draw the process in one pool with lanes
      two-processes                       | Process_Refunds   | Process 'Refunds' (Process_Refunds) is a second process
      not-executable                      | counter-minimal   | mark it executable
      no-history-time-to-live             | counter-minimal   | set camunda:historyTimeToLive
      no-lanes                            | counter-minimal   | has no lanes
      lane-without-layer                  | Lane_Kitchen      | set blueprint:layer to one of customer, frontstage, backstage, support
      lane-unknown-layer                  | Lane_Kitchen      | has layer 'kitchen', which is not a layer
      layers-out-of-order                 | Lane_Kitchen      | Lane 'Kitchen' (backstage) lies above lane 'Counter' (frontstage): layers run customer, frontstage, backstage, support from top to bottom
      layers-out-of-order-without-diagram | Lane_Kitchen      | Lane 'Kitchen' (backstage) lies above lane 'Counter' (frontstage)
      layer-lanes-apart                   | Lane_Kitchen      | Lane 'Kitchen' (backstage) lies above lane 'Drive-through' (frontstage)
      lane-without-role                   | Lane_Counter      | Give lane 'Counter' (Lane_Counter) a role (the team that works its tasks)
      step-outside-lanes                  | End_OrderTaken    | End event 'Order taken' (End_OrderTaken) lies in no lane
      step-in-two-lanes                   | Task_TakeOrder    | lies in 2 lanes (lane 'Counter', lane 'Kitchen')
      bad-target-duration                 | Task_TakeOrder    | has target duration 'P1M'
      bad-target-share                    | Task_TakeOrder    | e.g. 0.96 means 96%
      bad-default-target-share            | counter-minimal   | blueprint:defaultTargetShare '1.5'
      script-task                         | Task_TakeOrder    | runs a script
      listener-script                     | Task_TakeOrder    | has a script in its execution listener
      script-condition                    | Flow_ToOrderTaken | written in the language 'groovy'
      java-class                          | Task_TakeOrder    | runs code through camunda:class 'com.acme.ChargeCard'
      activiti-class                      | Task_TakeOrder    | runs code through activiti:class 'com.acme.ChargeCard'
      delegate-expression                 | Task_TakeOrder    | runs code through camunda:delegateExpression '${chargeCard}'
      method-expression                   | Task_TakeOrder    | runs code through camunda:expression '${orderService.place(order)}'
      task-listener-class                 | Task_TakeOrder    | has a task listener that runs code (class 'com.acme.NotifyKitchen')
      connector                           | Task_TakeOrder    | calls a connector
      service-task-without-implementation | Task_TakeOrder    | has no implementation: make it an external task
      shell-task                          | Task_TakeOrder    | uses camunda:type 'shell'
      external-task-without-topic         | Task_TakeOrder    | set camunda:topic
      decision                            | Task_TakeOrder    | decisions (DMN) are not supported yet
      method-call-condition               | Flow_ToOrderTaken | in bpmn:conditionExpression that calls the method or function 'isPaid'
      engine-object                       | Task_TakeOrder    | in camunda:assignee that reaches the engine object 'execution'
      deferred-expression                 | Task_TakeOrder    | is a deferred #{...} expression
      input-parameter-method-call         | Task_TakeOrder    | in camunda:inputParameter that calls the method or function 'total'
      timer-cycle-too-frequent            | Timer_Remind      | has the timer cycle 'R/PT30S', which repeats every 30 seconds: a timer may repeat at most once a minute
      loop-cardinality-above-cap          | Task_TakeOrder    | has the loop cardinality 500, more than the 100 instances a step may run
      loop-cardinality-expression         | Task_TakeOrder    | has its loop cardinality given as an expression ('${guests}')
      loop-collection                     | Task_TakeOrder    | iterates over a collection ('orders'): process variables in Stageline are plain values
      """)
  void shouldNameTheElementAndWhatToChange(String fixture, String elementId, String phrase) {
    // given
    byte[] xml = Fixtures.bytes("invalid/" + fixture + ".bpmn");

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isEqualTo(elementId);
      assertThat(error.message()).contains(phrase);
    });
  }

  @Test
  void shouldHaveACaseForEveryInvalidFixture() throws Exception {
    // given
    Resource[] fixtures = new PathMatchingResourcePatternResolver().getResources("classpath:blueprints/invalid/*.bpmn");
    String table = getClass().getDeclaredMethod("shouldNameTheElementAndWhatToChange", String.class, String.class,
        String.class).getAnnotation(CsvSource.class).textBlock();

    // when
    Set<String> files = Arrays.stream(fixtures).map(Resource::getFilename).collect(Collectors.toSet());
    Set<String> cases = table.lines().map(line -> line.split("\\|")[0].strip() + ".bpmn").collect(Collectors.toSet());

    // then
    assertThat(cases).isEqualTo(files);
  }

  @Test
  void shouldLetTheFrontStageRoleWorkCustomerTasks() {
    // given
    String xml = withTaskInCustomerLaneWithoutRole();

    // when
    ValidationResult result = validator.validate(xml.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void shouldAskForACustomerLaneRoleWhenTheFrontStageHasNone() {
    // given
    String xml = withTaskInCustomerLaneWithoutRole().replace(" blueprint:role=\"counter-staff\"", "");

    // when
    ValidationResult result = validator.validate(xml.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isEqualTo("Lane_Guest");
      assertThat(error.message()).contains("Give lane 'Guest' (Lane_Guest) a role");
    });
  }

  /** The minimal blueprint with its user task moved into the customer lane, which loses its role. */
  private static String withTaskInCustomerLaneWithoutRole() {
    String xml = Fixtures.text("valid-minimal.bpmn")
        .replace(" blueprint:role=\"guest\">", ">\n        <bpmn:flowNodeRef>Task_TakeOrder</bpmn:flowNodeRef>")
        .replace("<bpmn:flowNodeRef>Task_TakeOrder</bpmn:flowNodeRef>\n        <bpmn:flowNodeRef>End",
            "<bpmn:flowNodeRef>End");
    assertThat(xml).doesNotContain("role=\"guest\"").containsOnlyOnce("<bpmn:flowNodeRef>Task_TakeOrder");
    return xml;
  }

  @Test
  void shouldReportAllProblemsOfADiagramThatIsNoBlueprintYet() {
    // given: a bare executable-less process, no pool, no lanes, no history time to live
    byte[] xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
          <process id="bare"><startEvent id="start"/></process>
        </definitions>""".getBytes(StandardCharsets.UTF_8);

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.errors()).extracting(ValidationProblem::message).satisfiesExactly(
        pool -> assertThat(pool).contains("draw the process in one pool with lanes"),
        executable -> assertThat(executable).contains("mark it executable"),
        timeToLive -> assertThat(timeToLive).contains("historyTimeToLive"),
        lanes -> assertThat(lanes).contains("has no lanes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "not xml at all", "<html/>"})
  void shouldTurnAnUnreadableFileIntoOneErrorWithoutElement(String body) {
    // when
    ValidationResult result = validator.validate(body.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.elementId()).isNull();
      assertThat(error.message()).isNotBlank();
    });
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void shouldTurnAMissingBodyIntoAnError() {
    // when
    ValidationResult result = validator.validate((byte[]) null);

    // then
    assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("empty"));
  }
}
