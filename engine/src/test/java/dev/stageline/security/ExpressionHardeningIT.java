package dev.stageline.security;

import static dev.stageline.support.Api.postJson;
import static dev.stageline.support.Api.postXml;
import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The engine's expression language, as hardened in {@link EngineHardeningPlugin}, evaluated by the
 * real engine against a real case: variables yes, beans, engine objects, methods and functions no.
 * (Validation and the deployment guard refuse such expressions first; these tests show the engine
 * refuses them on its own.)
 */
@ApiIT
class ExpressionHardeningIT {

  private static final String KEY = "counter-minimal";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  private String caseId;

  @BeforeEach
  void startACase() {
    postXml(admin(rest), "/api/blueprints", resource("/blueprints/valid-plain-expressions.bpmn"));
    Map<String, Object> variables = new HashMap<>();
    variables.put("dueDate", "2030-01-01T12:00:00");
    variables.put("amount", 150);
    variables.put("accepted", true);
    variables.put("status", "open");
    variables.put("note", null);
    caseId = runtimeService.startProcessInstanceByKey(KEY, variables).getId();
  }

  @AfterEach
  void removeBlueprint() {
    undeploy(repositoryService, KEY);
  }

  @Test
  void shouldRunAPlainConditionOfARealCase() {
    // given the case's only task, whose outgoing flow has ${amount > 100 && accepted}
    Task task = taskService.createTaskQuery().processInstanceId(caseId).singleResult();

    // when
    taskService.complete(task.getId());

    // then the condition held and the case ended
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
  }

  @Test
  void shouldAnswer422WhenARequestLeavesOutAVariableAnExpressionNeeds() {
    // given the case's task, whose outgoing flow needs amount and accepted
    String taskId = taskService.createTaskQuery().processInstanceId(caseId).singleResult().getId();
    runtimeService.removeVariable(caseId, "accepted");

    // when
    ResponseEntity<JsonNode> started = postJson(admin(rest), "/api/blueprints/" + KEY + "/cases", "{}");
    ResponseEntity<JsonNode> completed = postJson(admin(rest), "/api/tasks/" + taskId + "/complete", "{}");

    // then nothing changed, and the answer names the missing variable
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(started.getBody().get("error").asText()).contains("Cannot resolve identifier 'dueDate'");
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(completed.getBody().get("error").asText()).contains("Cannot resolve identifier 'accepted'");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void shouldCompareAndCombineProcessVariables() {
    assertThat(evaluate("${amount > 100 && accepted}")).isEqualTo(true);
    assertThat(evaluate("${status == 'open' and amount * 2 == 300}")).isEqualTo(true);
    assertThat(evaluate("${empty note}")).isEqualTo(true);
    assertThat(evaluate("Order for ${amount}")).isEqualTo("Order for 150");
  }

  @Test
  void shouldReadElementsOfListsMapsAndArrays() {
    // given values no API client can store (variables are plain), in a variable context as the
    // engine gives one to expressions outside a case
    VariableContext values = Variables.createVariables()
        .putValue("items", List.of("fries", "shake"))
        .putValue("prices", Map.of("fries", 3))
        .putValue("sizes", new String[] {"S", "M"})
        .asVariableContext();

    // then
    assertThat(evaluate("${items[1]}", values)).isEqualTo("shake");
    assertThat(evaluate("${prices.fries + prices['fries']}", values)).isEqualTo(6L);
    assertThat(evaluate("${sizes[0]}", values)).isEqualTo("S");
    assertThatThrownBy(() -> evaluate("${items.size()}", values)).isInstanceOf(BadUserRequestException.class);
    // a map's entries, not its getters; a list's elements, not its methods
    assertThat(evaluate("${prices.class}", values)).isNull();
    assertThatThrownBy(() -> evaluate("${items.size}", values)).hasMessageContaining("size");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${execution.getVariable('amount')}",
      "${status.length()}",
      "${''.getClass()}",
      "${status.getClass().forName('java.lang.Runtime')}",
      "${now()}",
      "${dateTime().plusDays(1)}",
      "${currentUser()}"})
  void shouldRefuseMethodAndFunctionCalls(String expression) {
    assertThatThrownBy(() -> evaluate(expression))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("The expression '" + expression + "' is refused")
        .hasMessageContaining("without calling methods or functions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"execution", "task", "authenticatedUserId", "processEngine", "runtimeService",
      "blueprintService", "identityService", "environment", "systemProperties"})
  void shouldResolveNoEngineObjectOrBean(String name) {
    assertThatThrownBy(() -> evaluate("${" + name + "}"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property used in expression")
        .hasMessageContaining("Cannot resolve identifier '" + name + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${status.class}", "${status.bytes}", "${execution.id}", "${task.name}"})
  void shouldReachNoPropertyOfAnObject(String expression) {
    assertThatThrownBy(() -> evaluate(expression))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property used in expression");
  }

  @Test
  void shouldNotChangeVariables() {
    // when
    ProcessEngineConfigurationImpl configuration = configuration();
    Throwable thrown = catchThrowable(() ->
        configuration.getCommandExecutorTxRequired().execute(context -> {
          ExecutionEntity execution = context.getExecutionManager().findExecutionById(caseId);
          configuration.getExpressionManager().createExpression("${amount}").setValue(999, execution);
          return null;
        }));

    // then
    assertThat(thrown).isInstanceOf(ProcessEngineException.class);
    assertThat(runtimeService.getVariable(caseId, "amount")).isEqualTo(150);
  }

  /** Evaluates {@code expression} as the engine does, against the case's execution. */
  private Object evaluate(String expression) {
    ProcessEngineConfigurationImpl configuration = configuration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(caseId);
      return configuration.getExpressionManager().createExpression(expression).getValue(execution);
    });
  }

  private Object evaluate(String expression, VariableContext values) {
    VariablesOnlyExpressionManager manager = (VariablesOnlyExpressionManager) configuration().getExpressionManager();
    return manager.createValueExpression(expression).getValue(manager.createElContext(values));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
  }
}
