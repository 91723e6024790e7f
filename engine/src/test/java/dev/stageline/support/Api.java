package dev.stageline.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Small helpers for calling the API as a client would: JSON or XML bodies, JSON answers. */
public final class Api {

  private Api() {
  }

  public static ResponseEntity<JsonNode> get(TestRestTemplate rest, String path) {
    return rest.exchange(path, HttpMethod.GET, null, JsonNode.class);
  }

  public static ResponseEntity<JsonNode> postJson(TestRestTemplate rest, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
  }

  public static ResponseEntity<JsonNode> postXml(TestRestTemplate rest, String path, byte[] xml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(xml, headers), JsonNode.class);
  }

  /**
   * Deploys {@code content} as the file {@code fileName} in a deployment named {@code name}
   * through the engine's REST API ({@code POST /engine-rest/deployment/create}), as tools do.
   */
  public static ResponseEntity<JsonNode> engineRestDeploy(TestRestTemplate rest, String name, String fileName,
      byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", name);
    form.add("data", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
        JsonNode.class);
  }

  /** A status and body read straight off the wire. */
  public record RawAnswer(int status, String body) {
  }

  /**
   * Announces a POST body of {@code length} bytes to {@code path} and waits for "100 Continue"
   * before sending it, as curl does for large bodies; returns the server's answer when it answers
   * without asking for the body (it then closes the connection). A raw socket, because the JDK's
   * HTTP client waits forever for a "100 Continue" that does not come.
   */
  public static RawAnswer announceBody(int port, String path, long length, String authorization) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
          + "Content-Length: " + length + "\r\nExpect: 100-continue\r\n"
          + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
      return new RawAnswer(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
  }

  /** The value of an Authorization header logging in as {@code userId} with {@code password}. */
  public static String basic(String userId, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The element of JSON array {@code list} whose {@code field} is {@code value}. */
  public static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode element : list) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + list);
  }

  /** The open task of case {@code caseId} in the tasklist of {@code client}'s user. */
  public static JsonNode openTaskOf(TestRestTemplate client, String caseId) {
    return find(get(client, "/api/tasks").getBody(), "caseId", caseId);
  }

  /** Sets the engine's clock; tests reset it with {@code ClockUtil.reset()}. */
  public static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Removes every deployment named {@code name}, with its cases and history. */
  public static void undeploy(RepositoryService repositoryService, String name) {
    repositoryService.createDeploymentQuery().deploymentName(name).list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  /** A test resource's bytes. */
  public static byte[] resource(String path) {
    try (InputStream in = Api.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
