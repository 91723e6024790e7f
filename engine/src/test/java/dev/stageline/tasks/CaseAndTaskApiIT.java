package dev.stageline.tasks;

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
import java.util.ArrayList;
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
import org.springframework.http.ResponseEntity;

/** A staff member's day through the API: start a case, claim, complete, read the timeline. */
@ApiIT
class CaseAndTaskApiIT {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private IdentityService identityService;

  @BeforeEach
  void deployAndCreateStaff() {
    TestUsers.ensure(identityService, "alice", List.of("staff", "counter-staff"));
    TestUsers.ensure(identityService, "bob", List.of("staff", "counter-staff"));
    TestUsers.ensure(identityService, "carol", List.of("staff", "kitchen-staff"));
    postXml(admin(rest), "/api/blueprints", resource("/blueprints/api-test.bpmn"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    undeploy(repositoryService, "api-test");
  }

  @Test
  void shouldWorkACaseFromStartToEndAndShowItsTimeline() {
    // given a case started at T0
    at(T0);
    ResponseEntity<JsonNode> started = postJson(as(rest, "alice"), "/api/blueprints/api-test/cases",
        "{\"businessKey\":\"order-17\",\"variables\":{\"table\":4}}");
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = started.getBody().get("id").asText();

    // when alice claims after 1 minute and completes 2 minutes later; carol completes the cook step unclaimed
    at(T0.plusSeconds(60));
    JsonNode takeTask = openTaskOf(as(rest, "alice"), caseId);
    assertThat(takeTask.get("businessKey").asText()).isEqualTo("order-17");
    String take = takeTask.get("id").asText();
    assertThat(postJson(as(rest, "alice"), "/api/tasks/" + take + "/claim", "").getStatusCode()).isEqualTo(HttpStatus.OK);
    at(T0.plusSeconds(180));
    ResponseEntity<JsonNode> taken = postJson(as(rest, "alice"), "/api/tasks/" + take + "/complete", "{}");
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(taken.getBody().get("caseEnded").asBoolean()).isFalse();
    at(T0.plusSeconds(900));
    String cook = openTaskOf(as(rest, "carol"), caseId).get("id").asText();
    ResponseEntity<JsonNode> done = postJson(as(rest, "carol"), "/api/tasks/" + cook + "/complete", "{}");

    // then
    assertThat(done.getBody().get("caseEnded").asBoolean()).isTrue();
    JsonNode timeline = get(as(rest, "alice"), "/api/cases/" + caseId).getBody();
    assertThat(timeline.get("summary").get("state").asText()).isEqualTo("completed");
    assertThat(timeline.get("summary").get("businessKey").asText()).isEqualTo("order-17");
    assertThat(timeline.get("summary").get("duration").asLong()).isEqualTo(900_000);
    JsonNode takeStep = find(timeline.get("steps"), "stepId", "Task_Take");
    assertThat(takeStep.get("duration").asLong()).isEqualTo(180_000);
    assertThat(takeStep.get("wait").asLong()).isEqualTo(60_000);
    assertThat(takeStep.get("work").asLong()).isEqualTo(120_000);
    assertThat(takeStep.get("assignee").asText()).isEqualTo("alice");
    assertThat(takeStep.get("target").asLong()).isEqualTo(120_000);
    assertThat(takeStep.get("within").asBoolean()).isFalse();
    JsonNode cookStep = find(timeline.get("steps"), "stepId", "Task_Cook");
    assertThat(cookStep.get("duration").asLong()).isEqualTo(720_000);
    assertThat(cookStep.get("wait").asLong()).isEqualTo(720_000);
    assertThat(cookStep.get("work").asLong()).isZero();
    assertThat(cookStep.get("within").asBoolean()).isFalse();
    assertThat(cookStep.get("layer").asText()).isEqualTo("backstage");
    // and the engine's audit log (as Camunda's tools show it) names who claimed and completed each task
    JsonNode log = get(admin(rest), "/engine-rest/history/user-operation?processInstanceId=" + caseId
        + "&entityType=Task&sortBy=timestamp&sortOrder=asc&firstResult=0&maxResults=50").getBody();
    List<String> entries = new ArrayList<>();
    log.forEach(entry -> entries.add(entry.get("operationType").asText() + " by " + entry.get("userId").asText()));
    assertThat(entries).containsExactlyInAnyOrder("Claim by alice", "Complete by alice", "Claim by carol",
        "Complete by carol");
  }

  @Test
  void shouldListOnlyTheTasksOfTheCallersTeamsOldestFirstWithTarget() {
    // given two cases, the second started later
    at(T0);
    String first = startCase();
    at(T0.plusSeconds(30));
    String second = startCase();
    at(T0.plusSeconds(150));

    // when
    JsonNode aliceTasks = get(as(rest, "alice"), "/api/tasks").getBody();
    JsonNode carolTasks = get(as(rest, "carol"), "/api/tasks").getBody();

    // then
    List<String> cases = aliceTasks.findValuesAsText("caseId").stream().filter(id -> id.equals(first) || id.equals(second)).toList();
    assertThat(cases).containsExactly(first, second);
    JsonNode oldest = openTaskOf(as(rest, "alice"), first);
    assertThat(oldest.get("elapsed").asLong()).isEqualTo(150_000);
    assertThat(oldest.get("target").asLong()).isEqualTo(120_000);
    assertThat(oldest.get("overdue").asBoolean()).isTrue();
    assertThat(oldest.get("layer").asText()).isEqualTo("frontstage");
    assertThat(oldest.get("blueprint").asText()).isEqualTo("api-test");
    assertThat(carolTasks.findValuesAsText("caseId")).doesNotContain(first, second);
  }

  @Test
  void shouldRefuseTasksHeldBySomeoneElseWith409() {
    // given
    String caseId = startCase();
    String take = openTaskOf(as(rest, "alice"), caseId).get("id").asText();
    postJson(as(rest, "alice"), "/api/tasks/" + take + "/claim", "");

    // when
    ResponseEntity<JsonNode> bobClaims = postJson(as(rest, "bob"), "/api/tasks/" + take + "/claim", "");
    ResponseEntity<JsonNode> bobCompletes = postJson(as(rest, "bob"), "/api/tasks/" + take + "/complete", "{}");
    ResponseEntity<JsonNode> bobUnclaims = postJson(as(rest, "bob"), "/api/tasks/" + take + "/unclaim", "");

    // then
    assertThat(bobClaims.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(bobClaims.getBody().get("error").asText()).contains("alice");
    assertThat(bobCompletes.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(bobUnclaims.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(openTaskOf(as(rest, "alice"), caseId).get("assignee").asText()).isEqualTo("alice");
  }

  @Test
  void shouldLetTheHolderReleaseATaskForTheTeam() {
    // given
    String caseId = startCase();
    String take = openTaskOf(as(rest, "alice"), caseId).get("id").asText();
    postJson(as(rest, "alice"), "/api/tasks/" + take + "/claim", "");

    // when
    ResponseEntity<JsonNode> unclaimed = postJson(as(rest, "alice"), "/api/tasks/" + take + "/unclaim", "");
    ResponseEntity<JsonNode> bobClaims = postJson(as(rest, "bob"), "/api/tasks/" + take + "/claim", "");

    // then
    assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unclaimed.getBody().get("assignee").isNull()).isTrue();
    assertThat(bobClaims.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bobClaims.getBody().get("assignee").asText()).isEqualTo("bob");
  }

  @Test
  void shouldAnswer404WhenATaskIsCompletedTwice() {
    // given
    String caseId = startCase();
    String take = openTaskOf(as(rest, "alice"), caseId).get("id").asText();
    postJson(as(rest, "alice"), "/api/tasks/" + take + "/complete", "{}");

    // when
    ResponseEntity<JsonNode> again = postJson(as(rest, "alice"), "/api/tasks/" + take + "/complete", "{}");

    // then
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getBody().get("error").asText()).contains("completed already");
  }

  @Test
  void shouldForbidWorkingAnotherTeamsTask() {
    // given
    String caseId = startCase();
    String take = openTaskOf(as(rest, "alice"), caseId).get("id").asText();

    // when
    ResponseEntity<JsonNode> carolClaims = postJson(as(rest, "carol"), "/api/tasks/" + take + "/claim", "");

    // then
    assertThat(carolClaims.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(openTaskOf(as(rest, "alice"), caseId).get("assignee").isNull()).isTrue();
  }

  @Test
  void shouldRefuseBadCaseRequests() {
    // when
    ResponseEntity<JsonNode> unknownBlueprint = postJson(as(rest, "alice"), "/api/blueprints/nope/cases", "{}");
    ResponseEntity<JsonNode> objectVariable = postJson(as(rest, "alice"), "/api/blueprints/api-test/cases",
        "{\"variables\":{\"order\":{\"items\":3}}}");
    ResponseEntity<JsonNode> notJson = postJson(as(rest, "alice"), "/api/blueprints/api-test/cases", "{oops");
    ResponseEntity<JsonNode> unknownCase = get(as(rest, "alice"), "/api/cases/no-such-case");
    ResponseEntity<JsonNode> badState = get(as(rest, "alice"), "/api/cases?state=sleeping");

    // then
    assertThat(unknownBlueprint.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(objectVariable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(objectVariable.getBody().get("error").asText()).contains("order");
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownCase.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get(as(rest, "alice"), "/api/cases?blueprint=api-test").getBody()).isEmpty();
  }

  @Test
  void shouldListCasesByStateAndMarkOverdueOnes() {
    // given one case completed and one running for longer than the one-hour case target
    at(T0);
    String done = startCase();
    String take = openTaskOf(as(rest, "alice"), done).get("id").asText();
    postJson(as(rest, "alice"), "/api/tasks/" + take + "/complete", "{}");
    String cook = openTaskOf(as(rest, "carol"), done).get("id").asText();
    postJson(as(rest, "carol"), "/api/tasks/" + cook + "/complete", "{}");
    String running = startCase();
    at(T0.plusSeconds(2 * 3600));

    // when
    JsonNode runningCases = get(as(rest, "alice"), "/api/cases?blueprint=api-test&state=running").getBody();
    JsonNode completedCases = get(as(rest, "alice"), "/api/cases?blueprint=api-test&state=completed").getBody();

    // then
    assertThat(runningCases.findValuesAsText("id")).containsExactly(running);
    assertThat(runningCases.get(0).get("overdue").asBoolean()).isTrue();
    assertThat(completedCases.findValuesAsText("id")).containsExactly(done);
    assertThat(completedCases.get(0).get("overdue").asBoolean()).isFalse();
  }

  private String startCase() {
    return postJson(as(rest, "alice"), "/api/blueprints/api-test/cases", "{}").getBody().get("id").asText();
  }
}
