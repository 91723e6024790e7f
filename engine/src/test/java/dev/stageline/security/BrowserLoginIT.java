package dev.stageline.security;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The browser's way in: the login page, a session, and a CSRF token on every change. */
@ApiIT
class BrowserLoginIT {

  @LocalServerPort
  private int port;
  @Autowired
  private IdentityService identityService;

  private CookieManager cookies;
  private HttpClient browser;

  @BeforeEach
  void newBrowser() {
    TestUsers.ensure(identityService, "alice", List.of(Roles.STAFF, "counter-staff"));
    cookies = new CookieManager();
    browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Test
  void shouldSendAnonymousVisitorsToTheLoginPage() throws Exception {
    // when
    HttpResponse<String> home = get("/");
    HttpResponse<String> login = get("/login");

    // then
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<form method=\"post\" action=\"/login\"");
    assertThat(xsrfCookie()).isNotBlank();
  }

  @Test
  void shouldLogInWithTheFormAndUseTheSessionForTheApi() throws Exception {
    // given
    get("/login");

    // when
    HttpResponse<String> loggedIn = post("/login", "application/x-www-form-urlencoded",
        "username=alice&password=alice&_csrf=" + xsrfCookie(), false);
    HttpResponse<String> me = get("/api/me");

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
    get("/login");

    // when
    HttpResponse<String> failed = post("/login", "application/x-www-form-urlencoded",
        "username=locked-out&password=wrong&_csrf=" + xsrfCookie(), false);

    // then
    assertThat(failed.statusCode()).isEqualTo(302);
    assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldRefuseChangesFromASessionWithoutTheCsrfToken() throws Exception {
    // given a logged-in browser
    get("/login");
    post("/login", "application/x-www-form-urlencoded", "username=alice&password=alice&_csrf=" + xsrfCookie(), false);

    // when
    HttpResponse<String> forged = post("/api/tasks/no-such-task/claim", "application/json", "{}", false);
    HttpResponse<String> genuine = post("/api/tasks/no-such-task/claim", "application/json", "{}", true);

    // then
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(genuine.statusCode()).isEqualTo(404);
  }

  @Test
  void shouldNotChallengeStagelinePagesWithTheBrowsersBasicDialog() throws Exception {
    // when
    HttpResponse<String> fromPage = browser.send(HttpRequest.newBuilder(uri("/api/tasks"))
        .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> fromClient = get("/api/tasks");

    // then
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(fromClient.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body, boolean withToken) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (withToken) {
      request.header("X-XSRF-TOKEN", xsrfCookie());
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String xsrfCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
