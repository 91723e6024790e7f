package dev.stageline.blueprint;

import static dev.stageline.support.Api.announceBody;
import static dev.stageline.support.Api.basic;
import static dev.stageline.support.Api.find;
import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.postJson;
import static dev.stageline.support.Api.postXml;
import static dev.stageline.support.Api.resource;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stageline.support.Api.RawAnswer;
import dev.stageline.support.ApiIT;
import dev.stageline.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, listed with the status and message
 * each must get in {@code expected.csv}) posted to the real API as a designer: every bad file gets
 * its exact 4xx naming what is wrong and deploys nothing; the one valid file, whose element names
 * hold HTML and script, is stored and returned as plain text.
 */
@ApiIT
class BadInputCorpusIT {

  private static final String DESIGNER = "corpus-designer";
  private static final String KEY = "bad-input";
  private static final String VALID = "html-in-names.bpmn";

  /** One line of expected.csv. */
  record Case(String file, int status, String phrase) {

    @Override
    public String toString() {
      return file + " → " + status;
    }
  }

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private ObjectMapper objectMapper;
  @LocalServerPort
  private int port;

  @BeforeEach
  void createDesigner() {
    TestUsers.ensure(identityService, DESIGNER, List.of("designers"));
  }

  @AfterEach
  void removeTheValidOne() {
    undeploy(repositoryService, KEY);
  }

  static List<Case> manifest() {
    return new String(resource("/bad-input/expected.csv"), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split(",", 3))
        .map(fields -> new Case(fields[0], Integer.parseInt(fields[1]), fields[2]))
        .toList();
  }

  static Stream<Case> badInputs() {
    return manifest().stream().filter(entry -> entry.status() >= 400);
  }

  @Test
  void shouldListEveryFileOfTheCorpusAndHoldAtLeast25BadInputs() throws IOException {
    // given
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:bad-input/*");

    // when
    Set<String> present = Arrays.stream(files).map(Resource::getFilename).collect(Collectors.toSet());
    Set<String> listed = manifest().stream().map(Case::file).filter(file -> !file.startsWith("generated:"))
        .collect(Collectors.toSet());

    // then
    present.remove("expected.csv");
    assertThat(listed).isEqualTo(present);
    assertThat(badInputs().count()).isGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void shouldRefuseTheBadInputWithItsStatusAndChangeNothing(Case entry) throws IOException {
    // given
    Date started = new Date(ClockUtil.getCurrentTime().getTime() - 1);

    // when
    RawAnswer answer = post(entry.file());

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(entry.status());
    JsonNode error = objectMapper.readTree(answer.body());
    String messages = error.get("error").asText() + " " + error.get("details").findValuesAsText("message");
    assertThat(messages).contains(entry.phrase());
    // nothing deployed since (a definition comes only with a deployment); counting everything would
    // also count other tests' deployments and removals on a shared database
    assertThat(repositoryService.createDeploymentQuery().deploymentAfter(started).list()).isEmpty();
  }

  @Test
  void shouldStoreHtmlAndScriptInNamesAsText() throws IOException {
    // given
    assertThat(manifest()).contains(new Case(VALID, 201, ""));

    // when
    RawAnswer deployed = post(VALID);
    ResponseEntity<String> raw = as(rest, DESIGNER).getForEntity("/api/blueprints/" + KEY, String.class);
    ResponseEntity<String> xml = as(rest, DESIGNER).getForEntity("/api/blueprints/" + KEY + "/xml", String.class);

    // then
    assertThat(deployed.status()).isEqualTo(201);
    JsonNode blueprint = objectMapper.readTree(raw.getBody());
    assertThat(blueprint.get("name").asText()).isEqualTo("Counter <b>service</b> & co");
    assertThat(find(blueprint.get("steps"), "id", "Task_TakeOrder").get("name").asText())
        .isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(find(blueprint.get("lanes"), "id", "Lane_Kitchen").get("name").asText())
        .isEqualTo("<script>alert(\"kitchen\")</script>");
    // the JSON carries the text itself, neither HTML-escaped nor \\u-escaped: showing it as text is the page's job
    assertThat(raw.getBody()).contains("\"name\":\"<img src=x onerror=alert(1)>\"");
    assertThat(xml.getBody()).contains("name=\"&lt;img src=x onerror=alert(1)&gt;\"");
    assertThat(get(as(rest, DESIGNER), "/api/blueprints").getBody().toString()).contains("Counter <b>service</b> & co");
  }

  /** Posts a corpus file (or a generated one) as the designer; the answer as it came over the wire. */
  private RawAnswer post(String file) throws IOException {
    TestRestTemplate designer = as(rest, DESIGNER);
    switch (file) {
      case "generated:oversized" -> {
        return announceBody(port, "/api/blueprints", 7L * 1024 * 1024, basic(DESIGNER, DESIGNER));
      }
      case "generated:just-over-5-mib" -> {
        return raw(postXml(designer, "/api/blueprints", justOverTheBlueprintLimit()));
      }
      case "generated:thousands-of-elements" -> {
        return raw(postXml(designer, "/api/blueprints", thousandsOfElements()));
      }
      default -> {
        byte[] content = resource("/bad-input/" + file);
        return raw(file.endsWith(".json")
            ? postJson(designer, "/api/blueprints", new String(content, StandardCharsets.UTF_8))
            : postXml(designer, "/api/blueprints", content));
      }
    }
  }

  private RawAnswer raw(ResponseEntity<JsonNode> response) {
    return new RawAnswer(response.getStatusCode().value(), String.valueOf(response.getBody()));
  }

  /** The valid file padded with a comment to 5.5 MiB: within the API's cap, over a blueprint's. */
  private static byte[] justOverTheBlueprintLimit() {
    String xml = new String(resource("/bad-input/" + VALID), StandardCharsets.UTF_8);
    String padding = "<!-- " + "x".repeat(BlueprintDocument.MAX_BYTES + BlueprintDocument.MAX_BYTES / 10) + " -->\n";
    return xml.replace("</bpmn:definitions>", padding + "</bpmn:definitions>").getBytes(StandardCharsets.UTF_8);
  }

  /** A small file with more elements than a blueprint may have. */
  private static byte[] thousandsOfElements() {
    StringBuilder xml = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " targetNamespace=\"https://stageline.dev/bad-input\">\n");
    for (int i = 0; i < BlueprintDocument.MAX_ELEMENTS + 2_000; i++) {
      xml.append("<bpmn:signal id=\"Signal_").append(i).append("\"/>\n");
    }
    return xml.append("</bpmn:definitions>\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
