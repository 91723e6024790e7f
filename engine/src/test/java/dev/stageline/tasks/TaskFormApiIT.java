package dev.stageline.tasks;

import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.openTaskOf;
import static dev.stageline.support.Api.postJson;
import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task with Camunda form fields: its typed fields, and values checked before anything changes. */
@ApiIT
class TaskFormApiIT {

  private static final String FORM = """
      <bpmn:extensionElements><camunda:formData>
        <camunda:formField id="paid" label="Guest has paid" type="boolean">
          <camunda:validation><camunda:constraint name="required" /></camunda:validation>
        </camunda:formField>
        <camunda:formField id="size" label="Menu size" type="enum">
          <camunda:value id="small" name="Small" /><camunda:value id="large" name="Large" />
        </camunda:formField>
        <camunda:formField id="items" label="Items" type="long" />
      </camunda:formData></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming>""";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private BlueprintService blueprints;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private HistoryService historyService;

  private String caseId;

  @BeforeEach
  void deployBlueprintWithAForm() {
    TestUsers.ensure(identityService, "alice", List.of("staff", "counter-staff"));
    String xml = new String(resource("/blueprints/api-test.bpmn"), StandardCharsets.UTF_8)
        .replaceFirst("<bpmn:incoming>Flow_1</bpmn:incoming>", FORM);
    blueprints.deploy(xml.getBytes(StandardCharsets.UTF_8), BlueprintService.SYSTEM_USER);
    caseId = postJson(as(rest, "alice"), "/api/blueprints/api-test/cases", "{}").getBody().get("id").asText();
  }

  @AfterEach
  void cleanUp() {
    undeploy(repositoryService, "api-test");
  }

  @Test
  void shouldDescribeTheFormFieldsOfATask() {
    // given
    String taskId = openTaskOf(as(rest, "alice"), caseId).get("id").asText();

    // when
    JsonNode form = get(as(rest, "alice"), "/api/tasks/" + taskId).getBody();

    // then
    assertThat(form.get("task").get("name").asText()).isEqualTo("Take order");
    assertThat(form.get("fields").findParents("label")).extracting(field -> field.get("id").asText())
        .containsExactly("paid", "size", "items");
    assertThat(form.get("fields").get(0).get("type").asText()).isEqualTo("boolean");
    assertThat(form.get("fields").get(0).get("required").asBoolean()).isTrue();
    assertThat(form.get("fields").get(1).get("values").findValuesAsText("name")).containsExactly("Small", "Large");
  }

  @Test
  void shouldRefuseAValueOfTheWrongTypeAndChangeNothing() {
    // given
    String taskId = openTaskOf(as(rest, "alice"), caseId).get("id").asText();

    // when
    ResponseEntity<JsonNode> wrongType = postJson(as(rest, "alice"), "/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"paid\":\"maybe\"}}");
    ResponseEntity<JsonNode> unknownChoice = postJson(as(rest, "alice"), "/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"paid\":true,\"size\":\"huge\"}}");
    ResponseEntity<JsonNode> missingRequired = postJson(as(rest, "alice"), "/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"size\":\"small\"}}");

    // then
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongType.getBody().get("error").asText()).contains("Guest has paid").contains("true or false");
    assertThat(unknownChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownChoice.getBody().get("error").asText()).contains("small", "large");
    assertThat(missingRequired.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingRequired.getBody().get("error").asText()).contains("paid");
    JsonNode task = openTaskOf(as(rest, "alice"), caseId);
    assertThat(task.get("id").asText()).isEqualTo(taskId);
    assertThat(task.get("assignee").isNull()).as("the refused completion did not claim the task").isTrue();
  }

  @Test
  void shouldCompleteWithValidValuesAndKeepThemAsCaseVariables() {
    // given
    String taskId = openTaskOf(as(rest, "alice"), caseId).get("id").asText();

    // when
    ResponseEntity<JsonNode> done = postJson(as(rest, "alice"), "/api/tasks/" + taskId + "/complete",
        "{\"variables\":{\"paid\":true,\"size\":\"large\",\"items\":3}}");

    // then
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId).variableName("size")
        .singleResult().getValue()).isEqualTo("large");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId).variableName("items")
        .singleResult().getValue()).isEqualTo(3L);
  }
}
