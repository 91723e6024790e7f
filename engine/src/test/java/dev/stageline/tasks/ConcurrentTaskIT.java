package dev.stageline.tasks;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Many staff members press "claim" or "complete" on the same task at the same moment, through the
 * real HTTP server: exactly one succeeds, everyone else is told why (409, or 404 once the task is
 * done) in the API's error shape — never a server error.
 */
@ApiIT
class ConcurrentTaskIT {

  private static final int USERS = 16;
  private static final String TEAM = "counter-staff";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private TaskService taskService;

  private final List<String> users = IntStream.range(0, USERS).mapToObj(i -> "rush-" + i).toList();
  private ExecutorService threads;

  @BeforeEach
  void deployAndCreateStaff() {
    users.forEach(user -> TestUsers.ensure(identityService, user, List.of("staff", TEAM)));
    postXml(admin(rest), "/api/blueprints", resource("/blueprints/api-test.bpmn"));
    threads = Executors.newFixedThreadPool(USERS);
  }

  @AfterEach
  void cleanUp() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    undeploy(repositoryService, "api-test");
  }

  @RepeatedTest(4)
  void shouldLetExactlyOneOfManyClaimTheSameTask() throws Exception {
    // given
    String taskId = openTask();

    // when
    List<ResponseEntity<JsonNode>> answers = allAtOnce("/api/tasks/" + taskId + "/claim", null);

    // then
    List<ResponseEntity<JsonNode>> won = withStatus(answers, 200);
    assertThat(won).hasSize(1);
    String winner = won.get(0).getBody().get("assignee").asText();
    assertThat(withStatus(answers, 409)).hasSize(USERS - 1).allSatisfy(answer ->
        assertThat(answer.getBody().get("error").asText()).contains("'Take order' is held by " + winner));
  }

  @RepeatedTest(4)
  void shouldLetExactlyOneOfManyCompleteTheSameTask() throws Exception {
    // given
    String taskId = openTask();

    // when
    List<ResponseEntity<JsonNode>> answers = allAtOnce("/api/tasks/" + taskId + "/complete", "{\"variables\":{}}");

    // then
    assertThat(withStatus(answers, 200)).hasSize(1);
    List<ResponseEntity<JsonNode>> refused = answers.stream()
        .filter(answer -> answer.getStatusCode().value() != 200).toList();
    assertThat(refused).hasSize(USERS - 1).allSatisfy(answer -> {
      assertThat(answer.getStatusCode().value()).isIn(404, 409);
      assertThat(answer.getBody().get("error").asText()).containsAnyOf("is held by", "is no longer open",
          "There is no open task", "at the same moment");
    });
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
  }

  /**
   * Starts a case and returns the id of its first task, asked of the engine by case: on a shared
   * database the tasklist's first page may be full of other tests' tasks.
   */
  private String openTask() {
    String caseId = postJson(admin(rest), "/api/blueprints/api-test/cases", "{}").getBody().get("id").asText();
    return taskService.createTaskQuery().processInstanceId(caseId).singleResult().getId();
  }

  /** Every user posts {@code body} (or nothing) to {@code path}, released together by one latch. */
  private List<ResponseEntity<JsonNode>> allAtOnce(String path, String body) throws Exception {
    CountDownLatch ready = new CountDownLatch(USERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
    for (String user : users) {
      TestRestTemplate client = as(rest, user);
      calls.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        return postJson(client, path, body);
      }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
    for (Future<ResponseEntity<JsonNode>> call : calls) {
      answers.add(call.get(60, TimeUnit.SECONDS));
    }
    assertThat(answers).extracting(answer -> answer.getStatusCode().value() + " " + answer.getBody())
        .noneMatch(answer -> answer.startsWith("5"));
    return answers;
  }

  private static List<ResponseEntity<JsonNode>> withStatus(List<ResponseEntity<JsonNode>> answers, int status) {
    return answers.stream().filter(answer -> answer.getStatusCode().value() == status).toList();
  }
}
