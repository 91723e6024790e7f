package dev.stageline.web;

import static dev.stageline.support.Api.announceBody;
import static dev.stageline.support.Api.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stageline.support.Api.RawAnswer;
import dev.stageline.support.ApiIT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies over the API's cap get 413 in the error shape, whether they announce their size or
 * arrive in chunks, and change nothing.
 */
@ApiIT
@Timeout(60)
class RequestSizeLimitIT {

  private static final String ADMIN = basic("admin", ApiIT.ADMIN_PASSWORD);

  @LocalServerPort
  private int port;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private ObjectMapper objectMapper;

  private long deploymentsBefore;

  @BeforeEach
  void countDeployments() {
    deploymentsBefore = repositoryService.createDeploymentQuery().count();
  }

  @Test
  void shouldRefuseABodyAnnouncedLargerThanTheCapBeforeItIsSent() throws Exception {
    // when a client announces the body's length and waits for "100 Continue", as curl does
    RawAnswer answer = announceBody(port, "/api/blueprints", RequestSizeLimit.MAX_BYTES + 1, ADMIN);

    // then it is refused without sending the body
    assertTooLarge(answer.status(), answer.body());
  }

  @Test
  void shouldRefuseALargeBodyBeforeAskingWhoSendsIt() throws Exception {
    // when
    RawAnswer answer = announceBody(port, "/api/blueprints", RequestSizeLimit.MAX_BYTES + 1, null);

    // then
    assertTooLarge(answer.status(), answer.body());
  }

  @Test
  void shouldRefuseAChunkedBodyOnceItPassesTheCap() throws Exception {
    // given a body of unknown length, sent in chunks
    byte[] body = new byte[(int) RequestSizeLimit.MAX_BYTES + 64 * 1024];
    Arrays.fill(body, (byte) ' ');

    // when
    HttpResponse<String> response = postChunked("/api/blueprints/validate", body);

    // then
    assertTooLarge(response.statusCode(), response.body());
  }

  @Test
  void shouldReadABodyUpToTheCap() throws Exception {
    // given a chunked body just under the cap: read whole, then refused by validation as too large a blueprint
    byte[] body = new byte[(int) RequestSizeLimit.MAX_BYTES - 1024];
    Arrays.fill(body, (byte) 'x');

    // when
    HttpResponse<String> response = postChunked("/api/blueprints/validate", body);

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("larger than the 5 MiB a blueprint may have");
  }

  private void assertTooLarge(int status, String body) throws Exception {
    assertThat(status).isEqualTo(413);
    JsonNode error = objectMapper.readTree(body);
    assertThat(error.get("error").asText()).isEqualTo(RequestSizeLimit.MESSAGE);
    assertThat(error.get("details").isArray()).isTrue();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  private HttpResponse<String> postChunked(String path, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/xml")
        .header("Authorization", ADMIN)
        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();
    return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
  }
}
