package dev.stageline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.security.Roles;
import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages under their clean URLs, each for the role that works with it. */
@ApiIT
class PageRoutesIT {

  @LocalServerPort
  private int port;
  @Autowired
  private IdentityService identityService;

  private CookieManager cookies;
  private HttpClient browser;

  @BeforeEach
  void newBrowser() {
    TestUsers.ensure(identityService, "dora", List.of(Roles.DESIGNERS, Roles.STAFF, Roles.MANAGERS, Roles.ADMINS));
    cookies = new CookieManager();
    browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Test
  void shouldServeEachPageUnderItsCleanUrlAfterLogin() throws Exception {
    // given
    logIn("dora");

    for (String page : PageRoutes.PAGES) {
      // when
      HttpResponse<String> response = get("/" + page);

      // then
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(page).startsWith("text/html");
      assertThat(response.body()).as(page).contains("<title>Stageline — ");
    }
    assertThat(get("/modeler").body()).contains("<title>Stageline — modeler</title>");
  }

  @Test
  void shouldSendAnonymousVisitorsOfTheModelerToTheLoginPage() throws Exception {
    // when
    HttpResponse<String> response = get("/modeler");

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
    HttpResponse<String> response = get("/admin");

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
    HttpResponse<String> response = get("/modeler");

    // then
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Not for your role");
  }

  private void logIn(String user) throws Exception {
    get("/login");
    HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf=" + xsrfCookie()))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String xsrfCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
