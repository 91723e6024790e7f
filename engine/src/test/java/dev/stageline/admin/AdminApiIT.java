package dev.stageline.admin;

import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.postJson;
import static dev.stageline.support.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ApiIT
class AdminApiIT {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private IdentityService identityService;

  @AfterEach
  void cleanUp() {
    identityService.deleteUser("robin");
    identityService.deleteGroup("valets");
  }

  @Test
  void shouldCreateATeamAndAUserWhoCanLogInAndWorkForIt() {
    // when
    ResponseEntity<JsonNode> team = postJson(admin(rest), "/api/admin/groups", "{\"id\":\"valets\",\"name\":\"Valet parking\"}");
    ResponseEntity<JsonNode> user = postJson(admin(rest), "/api/admin/users",
        "{\"id\":\"robin\",\"firstName\":\"Robin\",\"lastName\":\"Hood\",\"password\":\"sherwood-1\",\"groups\":[\"staff\",\"valets\"]}");

    // then
    assertThat(team.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(user.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(user.getBody().get("groups").toString()).isEqualTo("[\"staff\",\"valets\"]");
    JsonNode me = get(rest.withBasicAuth("robin", "sherwood-1"), "/api/me").getBody();
    assertThat(me.get("roles").toString()).isEqualTo("[\"staff\"]");
    assertThat(me.get("groups").toString()).contains("valets");
    assertThat(get(rest.withBasicAuth("robin", "sherwood-1"), "/api/tasks").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldMoveAUserBetweenTeams() {
    // given
    postJson(admin(rest), "/api/admin/groups", "{\"id\":\"valets\"}");
    postJson(admin(rest), "/api/admin/users", "{\"id\":\"robin\",\"password\":\"sherwood-1\",\"groups\":[\"staff\"]}");

    // when
    ResponseEntity<JsonNode> joined = admin(rest).exchange("/api/admin/users/robin/groups/valets", HttpMethod.PUT, null,
        JsonNode.class);
    ResponseEntity<JsonNode> left = admin(rest).exchange("/api/admin/users/robin/groups/staff", HttpMethod.DELETE, null,
        JsonNode.class);

    // then
    assertThat(joined.getBody().get("groups").toString()).isEqualTo("[\"staff\",\"valets\"]");
    assertThat(left.getBody().get("groups").toString()).isEqualTo("[\"valets\"]");
  }

  @Test
  void shouldRefuseBadUsersAndTeamsAndChangeNothing() {
    // when
    ResponseEntity<JsonNode> badId = postJson(admin(rest), "/api/admin/users",
        "{\"id\":\"<b>robin</b>\",\"password\":\"sherwood-1\"}");
    ResponseEntity<JsonNode> shortPassword = postJson(admin(rest), "/api/admin/users", "{\"id\":\"robin\",\"password\":\"x\"}");
    ResponseEntity<JsonNode> unknownTeam = postJson(admin(rest), "/api/admin/users",
        "{\"id\":\"robin\",\"password\":\"sherwood-1\",\"groups\":[\"pirates\"]}");
    ResponseEntity<JsonNode> existingTeam = postJson(admin(rest), "/api/admin/groups", "{\"id\":\"staff\"}");
    ResponseEntity<JsonNode> lastAdmin = admin(rest).exchange("/api/admin/users/admin/groups/admins", HttpMethod.DELETE,
        null, JsonNode.class);

    // then
    assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badId.getBody().get("error").asText()).contains("not allowed");
    assertThat(shortPassword.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownTeam.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownTeam.getBody().get("error").asText()).contains("pirates");
    assertThat(existingTeam.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lastAdmin.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(identityService.createUserQuery().userId("robin").count()).isZero();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("admins").count()).isEqualTo(1);
  }
}
