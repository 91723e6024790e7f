package dev.stageline.blueprint;

import static dev.stageline.support.Api.find;
import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.postXml;
import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.admin;
import static dev.stageline.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ApiIT
class BlueprintApiIT {

  private static final byte[] BLUEPRINT = resource("/blueprints/api-test.bpmn");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private IdentityService identityService;

  @AfterEach
  void removeTestBlueprint() {
    undeploy(repositoryService, "api-test");
    undeploy(repositoryService, "counter-minimal");
  }

  @Test
  void shouldListTheSampleBlueprintsDeployedOnStart() {
    // when
    ResponseEntity<JsonNode> response = get(admin(rest), "/api/blueprints");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().findValuesAsText("key")).contains("fast-food-order", "appliance-delivery",
        "complaint-handling", "same-day-repair", "hotline-call");
    assertThat(response.getBody().get(0).get("deployedAt").asText()).isNotBlank();
  }

  @Test
  void shouldDeployANewBlueprintAndMakeNoNewVersionForTheSameXml() {
    // when
    ResponseEntity<JsonNode> first = postXml(admin(rest), "/api/blueprints", BLUEPRINT);
    ResponseEntity<JsonNode> again = postXml(admin(rest), "/api/blueprints", BLUEPRINT);
    byte[] changed = new String(BLUEPRINT, StandardCharsets.UTF_8).replace("Take order", "Take the order")
        .getBytes(StandardCharsets.UTF_8);
    ResponseEntity<JsonNode> second = postXml(admin(rest), "/api/blueprints", changed);

    // then
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("key").asText()).isEqualTo("api-test");
    assertThat(first.getBody().get("version").asInt()).isEqualTo(1);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("version").asInt()).isEqualTo(1);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody().get("version").asInt()).isEqualTo(2);
  }

  @Test
  void shouldDescribeTheBlueprintsLanesStepsAndTargets() {
    // given
    postXml(admin(rest), "/api/blueprints", BLUEPRINT);

    // when
    JsonNode blueprint = get(admin(rest), "/api/blueprints/api-test").getBody();

    // then
    assertThat(blueprint.get("name").asText()).isEqualTo("API test order");
    assertThat(blueprint.get("lanes").findValuesAsText("layer"))
        .containsExactly("customer", "frontstage", "backstage", "support");
    assertThat(blueprint.get("lanes").get(1).get("role").asText()).isEqualTo("counter-staff");
    JsonNode take = find(blueprint.get("steps"), "id", "Task_Take");
    assertThat(take.get("targetDuration").asLong()).isEqualTo(120_000);
    assertThat(take.get("targetShare").asDouble()).isEqualTo(0.9);
    assertThat(take.get("layer").asText()).isEqualTo("frontstage");
    assertThat(find(blueprint.get("steps"), "id", "Task_Cook").get("targetShare").asDouble()).isEqualTo(0.95);
    assertThat(blueprint.get("caseTarget").get("targetDuration").asLong()).isEqualTo(3_600_000);
  }

  @Test
  void shouldRecordWhoDeployedEachVersion() {
    // given
    TestUsers.ensure(identityService, "dora", List.of("designers"));
    postXml(as(rest, "dora"), "/api/blueprints", BLUEPRINT);
    postXml(admin(rest), "/api/blueprints", new String(BLUEPRINT, StandardCharsets.UTF_8)
        .replace("Cook", "Grill").getBytes(StandardCharsets.UTF_8));

    // when
    JsonNode blueprint = get(as(rest, "dora"), "/api/blueprints/api-test").getBody();
    JsonNode sample = get(as(rest, "dora"), "/api/blueprints/fast-food-order").getBody();

    // then
    assertThat(blueprint.get("versions").toString()).isEqualTo("[2,1]");
    assertThat(blueprint.get("history").get(0).get("version").asInt()).isEqualTo(2);
    assertThat(blueprint.get("history").get(0).get("deployedBy").asText()).isEqualTo("admin");
    assertThat(blueprint.get("history").get(1).get("deployedBy").asText()).isEqualTo("dora");
    assertThat(blueprint.get("history").get(1).get("deployedAt").asText()).isNotBlank();
    assertThat(sample.get("history").get(0).get("deployedBy").asText()).isEqualTo(BlueprintService.SYSTEM_USER);
    assertThat(find(get(as(rest, "dora"), "/api/blueprints").getBody(), "key", "api-test").get("deployedBy").asText())
        .isEqualTo("admin");
  }

  @Test
  void shouldAnswer422WhenTheEngineRefusesWhatValidationLetThrough() {
    // given a blueprint the validator accepts but the engine's parser does not: an event-based
    // gateway followed by a task instead of catch events
    String xml = Fixtures.text("valid-minimal.bpmn")
        .replace("<bpmn:flowNodeRef>Task_TakeOrder</bpmn:flowNodeRef>",
            "<bpmn:flowNodeRef>Gateway_Wait</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_TakeOrder</bpmn:flowNodeRef>")
        .replace("<bpmn:sequenceFlow id=\"Flow_ToTakeOrder\" sourceRef=\"Start_GuestArrives\" targetRef=\"Task_TakeOrder\" />",
            "<bpmn:eventBasedGateway id=\"Gateway_Wait\" name=\"Wait\" />"
                + "<bpmn:sequenceFlow id=\"Flow_ToTakeOrder\" sourceRef=\"Start_GuestArrives\" targetRef=\"Gateway_Wait\" />"
                + "<bpmn:sequenceFlow id=\"Flow_ToTask\" sourceRef=\"Gateway_Wait\" targetRef=\"Task_TakeOrder\" />");
    assertThat(xml).contains("Gateway_Wait\" />");
    assertThat(new BlueprintValidator().validate(xml.getBytes(StandardCharsets.UTF_8)).valid()).isTrue();

    // when
    ResponseEntity<JsonNode> response = postXml(admin(rest), "/api/blueprints", xml.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody().get("error").asText()).startsWith("The engine refused the blueprint: ");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("counter-minimal").count())
        .isZero();
  }

  @Test
  void shouldServeTheXmlOfTheLatestOrAChosenVersion() {
    // given
    postXml(admin(rest), "/api/blueprints", BLUEPRINT);
    postXml(admin(rest), "/api/blueprints", new String(BLUEPRINT, StandardCharsets.UTF_8)
        .replace("Cook", "Grill").getBytes(StandardCharsets.UTF_8));

    // when
    ResponseEntity<String> latest = admin(rest).getForEntity("/api/blueprints/api-test/xml", String.class);
    ResponseEntity<String> first = admin(rest).getForEntity("/api/blueprints/api-test/xml?version=1", String.class);

    // then
    assertThat(latest.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
    assertThat(latest.getBody()).contains("Grill");
    assertThat(first.getBody()).contains("\"Cook\"").doesNotContain("Grill");
  }

  @Test
  void shouldAnswerValidateWithErrorsNamingTheElement() {
    // given a lane with a layer that does not exist
    byte[] invalid = new String(BLUEPRINT, StandardCharsets.UTF_8).replace("\"backstage\"", "\"basement\"")
        .getBytes(StandardCharsets.UTF_8);

    // when
    ResponseEntity<JsonNode> response = postXml(admin(rest), "/api/blueprints/validate", invalid);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("valid").asBoolean()).isFalse();
    assertThat(response.getBody().get("errors").findValuesAsText("elementId")).contains("Lane_Kitchen");
  }

  @Test
  void shouldRefuseToDeployAnInvalidBlueprintAndDeployNothing() {
    // given
    byte[] invalid = new String(BLUEPRINT, StandardCharsets.UTF_8).replace("\"backstage\"", "\"basement\"")
        .getBytes(StandardCharsets.UTF_8);

    // when
    ResponseEntity<JsonNode> response = postXml(admin(rest), "/api/blueprints", invalid);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody().get("error").asText()).isNotBlank();
    assertThat(response.getBody().get("details").findValuesAsText("elementId")).contains("Lane_Kitchen");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("api-test").count()).isZero();
  }

  @Test
  void shouldRefuseBodiesThatAreNotBpmn() {
    // when
    ResponseEntity<JsonNode> notXml = postXml(admin(rest), "/api/blueprints", "hello".getBytes(StandardCharsets.UTF_8));
    ResponseEntity<JsonNode> empty = admin(rest).exchange("/api/blueprints", HttpMethod.POST, null, JsonNode.class);
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<JsonNode> formEncoded = admin(rest).exchange("/api/blueprints", HttpMethod.POST,
        new HttpEntity<>(BLUEPRINT, form), JsonNode.class);

    // then
    assertThat(notXml.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(notXml.getBody().get("details").get(0).get("message").asText()).isNotBlank();
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("error").asText()).contains("empty");
    assertThat(formEncoded.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(formEncoded.getBody().get("error").asText()).contains("application/xml");
  }

  @Test
  void shouldAnswer404ForAnUnknownBlueprintOrVersion() {
    // given
    postXml(admin(rest), "/api/blueprints", BLUEPRINT);

    // when
    ResponseEntity<JsonNode> unknown = get(admin(rest), "/api/blueprints/no-such-blueprint");
    ResponseEntity<JsonNode> unknownXml = get(admin(rest), "/api/blueprints/no-such-blueprint/xml");
    ResponseEntity<JsonNode> unknownVersion = get(admin(rest), "/api/blueprints/api-test?version=9");

    // then
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("error").asText()).contains("no-such-blueprint");
    assertThat(unknownXml.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownVersion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownVersion.getBody().get("error").asText()).contains("version 9");
  }

  @Test
  void shouldAskForCredentials() {
    // when
    ResponseEntity<JsonNode> anonymous = get(rest, "/api/blueprints");
    // (a wrong password locks the user for a few seconds, so not the admin the other tests use)
    ResponseEntity<JsonNode> wrongPassword = get(rest.withBasicAuth("nobody", "wrong"), "/api/blueprints");

    // then
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody().get("error").asText()).contains("Log in");
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldKeepTheEngineRestApiForAdmins() {
    // given
    TestUsers.ensure(identityService, "alice", List.of("staff", "counter-staff"));

    // when
    ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/engine", String.class);
    ResponseEntity<String> staff = as(rest, "alice").getForEntity("/engine-rest/engine", String.class);
    ResponseEntity<String> adminCall = admin(rest).getForEntity("/engine-rest/engine", String.class);

    // then
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(adminCall.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(adminCall.getBody()).contains("default");
  }
}
