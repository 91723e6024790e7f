package dev.stageline.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.support.ApiIT;
import dev.stageline.support.Browser;
import dev.stageline.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser's way in: the login page, a session, and a CSRF token on every change. */
@ApiIT
class BrowserLoginIT {

  @Autowired
  private IdentityService identityService;

  @RegisterExtension
  final Browser browser = new Browser();

  @BeforeEach
  void createUsers() {
    TestUsers.ensure(identityService, "alice", List.of(Roles.STAFF, "counter-staff"));
  }

  @Test
  void shouldSendAnonymousVisitorsToTheLoginPage() throws Exception {
    // when
    HttpResponse<String> home = browser.get("/");
    HttpResponse<String> login = browser.get("/login");

    // then
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<form method=\"post\" action=\"/login\"");
    assertThat(browser.xsrfToken()).isNotBlank();
  }

  @Test
  void shouldLogInWithTheFormAndUseTheSessionForTheApi() throws Exception {
    // when
    HttpResponse<String> loggedIn = browser.logIn("alice", "alice");
    HttpResponse<String> me = browser.get("/api/me");

    // then
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"alice\"").contains("\"roles\":[\"staff\"]");
  }

  @Test
  void shouldRefuseAWrongPasswordOnTheLoginPage() throws Exception {
    // given
    TestUsers.ensure(identityService, "locked-out", List.of(Roles.STAFF));

    // when
    HttpResponse<String> failed = browser.logIn("locked-out", "wrong");

    // then
    assertThat(failed.statusCode()).isEqualTo(302);
    assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldRefuseChangesFromASessionWithoutTheCsrfToken() throws Exception {
    // given a logged-in browser
    browser.logIn("alice", "alice");

    // when
    HttpResponse<String> forged = browser.post("/api/tasks/no-such-task/claim", "application/json", "{}", false);
    HttpResponse<String> genuine = browser.post("/api/tasks/no-such-task/claim", "application/json", "{}", true);

    // then
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(genuine.statusCode()).isEqualTo(404);
  }

  @Test
  void shouldNotChallengeStagelinePagesWithTheBrowsersBasicDialog() throws Exception {
    // when
    HttpResponse<String> fromPage = browser.get("/api/tasks", "X-Requested-With", "XMLHttpRequest");
    HttpResponse<String> fromClient = browser.get("/api/tasks");

    // then
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(fromClient.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
  }
}
