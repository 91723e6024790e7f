package dev.stageline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A browser's way through {@code /api}: logged in on the login page once, then a session cookie
 * and the CSRF header on every call, as the tasklist page sends them. One per client thread.
 */
final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Per call ("POST /api/tasks/{id}/complete"): how many, and their total nanoseconds. */
  private static final Map<String, LongAdder[]> LATENCIES = new ConcurrentHashMap<>();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String xsrf;

  ApiClient(String base, String user, String password) throws IOException, InterruptedException {
    this.base = base;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
    send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), 200);
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(cookie());
    send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), 302);
    // the login gives the session a new CSRF token; the next page carries it
    send(HttpRequest.newBuilder(URI.create(base + "/")).GET(), 200);
    this.xsrf = cookie();
  }

  /** Starts a case, then works its tasks from the tasklist until it ends. */
  void runCase(int thread, long n) throws IOException, InterruptedException {
    String caseId = post("/api/blueprints/" + ThroughputBenchmark.KEY + "/cases",
        "{\"businessKey\":\"api-" + thread + "-" + n + "\"}", 201).get("id").asText();
    for (int step = 0; step < 3; step++) {
      String taskId = null;
      for (JsonNode task : get("/api/tasks")) {
        if (caseId.equals(task.get("caseId").asText())) {
          taskId = task.get("id").asText();
        }
      }
      if (taskId == null) {
        throw new IllegalStateException("case " + caseId + " has no open task in the tasklist at step " + step);
      }
      JsonNode completed = post("/api/tasks/" + taskId + "/complete", "{}", 200);
      if (completed.get("caseEnded").asBoolean() != (step == 2)) {
        throw new IllegalStateException("case " + caseId + " ended " + completed + " after step " + step);
      }
    }
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200));
  }

  private JsonNode post(String path, String json, int expected) throws IOException, InterruptedException {
    return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(json)), expected));
  }

  private String send(HttpRequest.Builder builder, int expected) throws IOException, InterruptedException {
    HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    String call = request.method() + " " + request.uri().getPath().replaceAll("/[0-9a-f-]{36}", "/{id}");
    LongAdder[] latency = LATENCIES.computeIfAbsent(call, c -> new LongAdder[] {new LongAdder(), new LongAdder()});
    latency[0].increment();
    latency[1].add(System.nanoTime() - started);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
          + response.statusCode() + " (expected " + expected + "): " + response.body());
    }
    return response.body();
  }

  /** Mean latency per call since the last reset, e.g. "GET /api/tasks 3.1 ms". */
  static String meanLatencies() {
    return LATENCIES.entrySet().stream().filter(e -> e.getKey().contains("/api/"))
        .map(e -> e.getKey() + " " + Table.fixed(e.getValue()[1].sum() / 1e6 / Math.max(1, e.getValue()[0].sum()), 1)
            + " ms")
        .sorted().collect(Collectors.joining(", "));
  }

  static void resetLatencies() {
    LATENCIES.clear();
  }

  private String cookie() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from " + base));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
