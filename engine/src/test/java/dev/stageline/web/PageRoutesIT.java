package dev.stageline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.security.Roles;
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

/** The pages under their clean URLs, each for the role that works with it. */
@ApiIT
class PageRoutesIT {

  @Autowired
  private IdentityService identityService;

  @RegisterExtension
  final Browser browser = new Browser();

  @BeforeEach
  void createUsers() {
    TestUsers.ensure(identityService, "dora", List.of(Roles.DESIGNERS, Roles.STAFF, Roles.MANAGERS, Roles.ADMINS));
  }

  @Test
  void shouldServeEachPageUnderItsCleanUrlAfterLogin() throws Exception {
    // given
    logIn("dora");

    for (String page : PageRoutes.PAGES) {
      // when
      HttpResponse<String> response = browser.get("/" + page);

      // then
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(page).startsWith("text/html");
      assertThat(response.body()).as(page).contains("<title>Stageline — ");
    }
    assertThat(browser.get("/modeler").body()).contains("<title>Stageline — modeler</title>");
  }

  @Test
  void shouldSendAnonymousVisitorsOfTheModelerToTheLoginPage() throws Exception {
    // when
    HttpResponse<String> response = browser.get("/modeler");

    // then
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void shouldKeepTheUsersPageForAdmins() throws Exception {
    // given
    TestUsers.ensure(identityService, "mona", List.of(Roles.MANAGERS));
    logIn("mona");

    // when
    HttpResponse<String> response = browser.get("/admin");

    // then
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Not for your role");
  }

  @Test
  void shouldKeepTheModelerFromUsersWhoAreNoDesigners() throws Exception {
    // given
    TestUsers.ensure(identityService, "stan", List.of(Roles.STAFF));
    logIn("stan");

    // when
    HttpResponse<String> response = browser.get("/modeler");

    // then
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Not for your role");
  }

  /** Logs in as {@code user}, whose password is their name. */
  private void logIn(String user) throws Exception {
    assertThat(browser.logIn(user, user).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
  }
}
