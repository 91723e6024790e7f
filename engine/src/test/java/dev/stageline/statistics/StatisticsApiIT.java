package dev.stageline.statistics;

import static dev.stageline.support.Api.at;
import static dev.stageline.support.Api.find;
import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.openTaskOf;
import static dev.stageline.support.Api.postJson;
import static dev.stageline.support.Api.postXml;
import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.admin;
import static dev.stageline.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The statistics endpoints over cases worked through the API at known times. */
@ApiIT
class StatisticsApiIT {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private IdentityService identityService;

  @BeforeEach
  void deploy() {
    TestUsers.ensure(identityService, "alice", List.of("staff", "counter-staff", "kitchen-staff"));
    TestUsers.ensure(identityService, "max", List.of("managers"));
    postXml(admin(rest), "/api/blueprints", resource("/blueprints/api-test.bpmn"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    undeploy(repositoryService, "api-test");
  }

  @Test
  void shouldReportStepAndCaseTimesAgainstTheirTargets() {
    // given two cases: "Take order" takes 1 and 3 minutes (target 2 minutes), cooking 5 minutes each
    workCase(T0, 60, 300);
    workCase(T0.plusSeconds(3600), 180, 300);

    // when
    ResponseEntity<JsonNode> response = get(as(rest, "max"), "/api/blueprints/api-test/statistics");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    JsonNode take = find(report.get("steps"), "id", "Task_Take");
    assertThat(take.get("count").asLong()).isEqualTo(2);
    assertThat(take.get("p50").asLong()).isEqualTo(120_000);
    assertThat(take.get("max").asLong()).isEqualTo(180_000);
    assertThat(take.get("withinShare").asDouble()).isEqualTo(0.5);
    assertThat(take.get("meets").asBoolean()).isFalse();
    assertThat(find(report.get("steps"), "id", "Task_Cook").get("withinShare").asDouble()).isEqualTo(1.0);
    assertThat(report.get("cases").get("completed").asLong()).isEqualTo(2);
    assertThat(report.get("cases").get("mean").asLong()).isEqualTo(420_000);
    assertThat(report.get("staff").findValuesAsText("assignee")).contains("alice");
    assertThat(report.get("layers").findValuesAsText("layer")).contains("frontstage", "backstage");
  }

  @Test
  void shouldFilterByPeriodAndExportTheStepsAsCsv() {
    // given one case on 2 March and one on 3 March
    workCase(T0, 60, 300);
    workCase(T0.plusSeconds(24 * 3600), 180, 300);

    // when
    JsonNode secondDay = get(as(rest, "max"), "/api/blueprints/api-test/statistics?from=2026-03-03&to=2026-03-04")
        .getBody();
    ResponseEntity<String> csv = as(rest, "max").getForEntity("/api/blueprints/api-test/statistics.csv", String.class);

    // then
    assertThat(find(secondDay.get("steps"), "id", "Task_Take").get("count").asLong()).isEqualTo(1);
    assertThat(find(secondDay.get("steps"), "id", "Task_Take").get("p50").asLong()).isEqualTo(180_000);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(csv.getBody().lines().findFirst().orElseThrow()).startsWith("id,name,layer");
    assertThat(csv.getBody()).contains("Task_Take,Take order,frontstage,userTask,2,120000,120000");
  }

  @Test
  void shouldListOverdueStepsAndCases() {
    // given a case whose first step has waited 3 minutes against a 2-minute target
    at(T0);
    postJson(as(rest, "alice"), "/api/blueprints/api-test/cases", "{\"businessKey\":\"late-1\"}");
    at(T0.plusSeconds(180));

    // when
    JsonNode overdue = get(as(rest, "max"), "/api/blueprints/api-test/overdue").getBody();

    // then
    assertThat(overdue.get("steps").findValuesAsText("stepId")).containsExactly("Task_Take");
    assertThat(overdue.get("steps").get(0).get("elapsed").asLong()).isEqualTo(180_000);
    assertThat(overdue.get("steps").get(0).get("businessKey").asText()).isEqualTo("late-1");
    assertThat(overdue.get("cases")).isEmpty();
  }

  @Test
  void shouldRefuseUnknownBlueprintsVersionsAndBadDates() {
    // when
    ResponseEntity<JsonNode> unknown = get(as(rest, "max"), "/api/blueprints/nope/statistics");
    ResponseEntity<JsonNode> unknownVersion = get(as(rest, "max"), "/api/blueprints/api-test/statistics?version=7");
    ResponseEntity<JsonNode> badDate = get(as(rest, "max"), "/api/blueprints/api-test/statistics?from=yesterday");
    ResponseEntity<JsonNode> badVersion = get(as(rest, "max"), "/api/blueprints/api-test/statistics?version=x");
    ResponseEntity<JsonNode> unknownOverdue = get(as(rest, "max"), "/api/blueprints/nope/overdue");

    // then
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("error").asText()).contains("nope");
    assertThat(unknownVersion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("error").asText()).contains("from");
    assertThat(badVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownOverdue.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Starts a case at {@code start}, completes "Take order" after {@code take} s and "Cook" {@code cook} s later. */
  private void workCase(Instant start, long take, long cook) {
    at(start);
    String caseId = postJson(as(rest, "alice"), "/api/blueprints/api-test/cases", "{}").getBody().get("id").asText();
    at(start.plusSeconds(take));
    postJson(as(rest, "alice"), "/api/tasks/" + openTaskOf(as(rest, "alice"), caseId).get("id").asText() + "/complete", "{}");
    at(start.plusSeconds(take + cook));
    postJson(as(rest, "alice"), "/api/tasks/" + openTaskOf(as(rest, "alice"), caseId).get("id").asText() + "/complete", "{}");
  }
}
