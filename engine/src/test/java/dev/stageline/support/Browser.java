package dev.stageline.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a browser does with the application, without a page: keeps its cookies (the session and
 * XSRF-TOKEN), does not follow redirects, and logs in through the login form. A JUnit extension
 * for {@code @ApiIT} classes ({@code @RegisterExtension}): each test gets a fresh one, pointed at
 * the application's random port.
 */
public final class Browser implements BeforeEachCallback {

  private int port;
  private CookieManager cookies;
  private HttpClient client;

  @Override
  public void beforeEach(ExtensionContext context) {
    port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
    cookies = new CookieManager();
    client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** GETs {@code path}, with the given header name/value pairs. */
  public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** POSTs {@code body}; with {@code withToken} the XSRF token goes along as the pages send it. */
  public HttpResponse<String> post(String path, String contentType, String body, boolean withToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (withToken) {
      request.header("X-XSRF-TOKEN", xsrfToken());
    }
    return send(request);
  }

  /** Opens the login page and sends its form; the answer is the login's redirect. */
  public HttpResponse<String> logIn(String userId, String password) throws IOException, InterruptedException {
    get("/login");
    return post("/login", "application/x-www-form-urlencoded",
        "username=" + encoded(userId) + "&password=" + encoded(password) + "&_csrf=" + encoded(xsrfToken()), false);
  }

  /** The XSRF-TOKEN cookie's value, or "" before the application set one. */
  public String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
