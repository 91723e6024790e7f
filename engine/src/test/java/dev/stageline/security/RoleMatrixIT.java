package dev.stageline.security;

import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.admin;
import static dev.stageline.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every endpoint against every role, and anonymous: each role can do exactly its job. "ok" is
 * any 2xx; a number is the exact status (404 where the role may call but the thing is missing).
 */
@ApiIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

  private static final byte[] BLUEPRINT = resource("/blueprints/api-test.bpmn");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private RepositoryService repositoryService;

  @BeforeAll
  void createUsersAndBlueprint() {
    TestUsers.ensure(identityService, "alice", List.of(Roles.STAFF, "counter-staff"));
    TestUsers.ensure(identityService, "dina", List.of(Roles.DESIGNERS));
    TestUsers.ensure(identityService, "max", List.of(Roles.MANAGERS));
    exchange(admin(rest), "POST", "/api/blueprints", "xml");
  }

  @AfterAll
  void removeBlueprint() {
    undeploy(repositoryService, "api-test");
  }

  @ParameterizedTest(name = "{0} {1}: anonymous {3}, staff {4}, designer {5}, manager {6}, admin {7}")
  @CsvSource({
      // method, path, body, anonymous, staff, designer, manager, admin
      "GET,  /api/blueprints,                              , 401, ok,  ok,  ok,  ok",
      "GET,  /api/blueprints/api-test,                     , 401, ok,  ok,  ok,  ok",
      "GET,  /api/blueprints/api-test/xml,                 , 401, ok,  ok,  ok,  ok",
      "POST, /api/blueprints/validate,                  xml, 401, 403, ok,  403, ok",
      "POST, /api/blueprints,                           xml, 401, 403, ok,  403, ok",
      "POST, /api/blueprints/api-test/cases,           json, 401, ok,  403, 403, ok",
      "GET,  /api/cases,                                   , 401, ok,  403, ok,  ok",
      "GET,  /api/cases/no-such-case,                      , 401, 404, 403, 404, 404",
      "GET,  /api/tasks,                                   , 401, ok,  403, 403, ok",
      "POST, /api/tasks/no-such-task/claim,            json, 401, 404, 403, 403, 404",
      "POST, /api/tasks/no-such-task/unclaim,          json, 401, 404, 403, 403, 404",
      "POST, /api/tasks/no-such-task/complete,         json, 401, 404, 403, 403, 404",
      "GET,  /api/blueprints/api-test/statistics,          , 401, 403, 403, ok,  ok",
      "GET,  /api/blueprints/api-test/statistics/trend,    , 401, 403, 403, ok,  ok",
      "GET,  /api/blueprints/api-test/statistics.csv,      , 401, 403, 403, ok,  ok",
      "GET,  /api/blueprints/api-test/overdue,             , 401, 403, 403, ok,  ok",
      "GET,  /api/overdue,                                 , 401, 403, 403, ok,  ok",
      "GET,  /api/me,                                      , 401, ok,  ok,  ok,  ok",
      "GET,  /api/login-info,                              , ok,  ok,  ok,  ok,  ok",
      "GET,  /engine-rest/engine,                          , 401, 403, 403, 403, ok",
      "GET,  /engine-rest/process-definition,              , 401, 403, 403, 403, ok",
      "GET,  /actuator/health,                             , ok,  ok,  ok,  ok,  ok",
      "GET,  /api/admin/users,                             , 401, 403, 403, 403, ok",
      "GET,  /api/admin/groups,                            , 401, 403, 403, 403, ok",
      "POST, /api/admin/groups,                        json, 401, 403, 403, 403, 400",
      "PUT,  /api/admin/users/alice/groups/no-such-team,   , 401, 403, 403, 403, 404",
  })
  void shouldLetEachRoleDoExactlyItsJob(String method, String path, String body, String anonymous, String staff,
      String designer, String manager, String administrator) {
    expect(exchange(rest, method, path, body), anonymous, "anonymous");
    expect(exchange(as(rest, "alice"), method, path, body), staff, "staff");
    expect(exchange(as(rest, "dina"), method, path, body), designer, "designer");
    expect(exchange(as(rest, "max"), method, path, body), manager, "manager");
    expect(exchange(admin(rest), method, path, body), administrator, "admin");
  }

  private static void expect(ResponseEntity<String> response, String expected, String who) {
    if ("ok".equals(expected)) {
      assertThat(response.getStatusCode().is2xxSuccessful()).as("%s got %s: %s", who, response.getStatusCode(),
          response.getBody()).isTrue();
    } else {
      assertThat(response.getStatusCode().value()).as("%s: %s", who, response.getBody())
          .isEqualTo(Integer.parseInt(expected));
    }
  }

  private static ResponseEntity<String> exchange(TestRestTemplate client, String method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    Object entity = null;
    if ("xml".equals(body)) {
      headers.setContentType(MediaType.APPLICATION_XML);
      entity = BLUEPRINT;
    } else if ("json".equals(body)) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      entity = "{}";
    }
    return client.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(entity, headers), String.class);
  }
}
