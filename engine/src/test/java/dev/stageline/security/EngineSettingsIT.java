package dev.stageline.security;

import static dev.stageline.support.Api.get;
import static dev.stageline.support.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine runs with the settings of the hardening (DESIGN §3), and they hold over HTTP. */
@ApiIT
class EngineSettingsIT {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private ApplicationContext context;
  @LocalServerPort
  private int port;

  @Test
  void shouldRunTheEngineWithTheHardenedSettings() {
    // when
    ProcessEngineConfigurationImpl configuration = configuration();

    // then
    assertThat(configuration.getExpressionManager()).isInstanceOf(VariablesOnlyExpressionManager.class);
    assertThat(configuration.getScriptFactory()).isInstanceOf(ScriptsTurnedOff.Factory.class);
    assertThat(configuration.getScriptEngineResolver()).isInstanceOf(ScriptsTurnedOff.Resolver.class);
    assertThat(configuration.getBeans()).isEmpty();
    assertThat(configuration.isEnableXxeProcessing()).isFalse();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(1000);
    assertThat(configuration.getCustomPreDeployers()).extracting(deployer -> deployer.getClass().getSimpleName())
        .contains("DeploymentGuard");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript", "groovy", "juel", "python"})
  void shouldRunNoScriptInAnyLanguage(String language) {
    // given
    ProcessEngineConfigurationImpl configuration = configuration();

    // then
    assertThatThrownBy(() -> configuration.getScriptFactory().createScriptFromSource(language, "1 + 1"))
        .hasMessageContaining("Scripts are turned off in Stageline");
    assertThatThrownBy(() -> configuration.getScriptFactory().createScriptFromResource(language, "deployment://a"))
        .hasMessageContaining("Scripts are turned off in Stageline");
    // (the engine looks script engines up inside a command)
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(command ->
        configuration.getScriptingEngines().getScriptEngineForLanguage(language)))
        .hasMessageContaining("Scripts are turned off in Stageline");
  }

  @Test
  void shouldNotServeTheH2Console() throws Exception {
    // given an admin logged in on the login page, as a browser
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=admin&password=" + ApiIT.ADMIN_PASSWORD + "&_csrf=" + token)).build(),
        BodyHandlers.discarding());

    // when
    HttpResponse<String> me = browser.send(HttpRequest.newBuilder(uri("/api/me")).build(), BodyHandlers.ofString());
    HttpResponse<String> console = browser.send(HttpRequest.newBuilder(uri("/h2-console/")).build(),
        BodyHandlers.ofString());

    // then
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(console.statusCode()).isEqualTo(404);
    assertThat(console.body()).doesNotContainIgnoringCase("h2 console");
    assertThat(context.containsBean("h2Console")).isFalse();
  }

  @Test
  void shouldRefuseEngineRestQueriesBeyondTheCap() {
    // when
    ResponseEntity<JsonNode> unpaged = get(admin(rest), "/engine-rest/process-definition");
    ResponseEntity<JsonNode> tooLarge = get(admin(rest), "/engine-rest/history/activity-instance?maxResults=1001");
    ResponseEntity<JsonNode> paged = get(admin(rest), "/engine-rest/process-definition?firstResult=0&maxResults=10");
    ResponseEntity<JsonNode> count = get(admin(rest), "/engine-rest/process-definition/count");

    // then
    assertThat(unpaged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unpaged.getBody().get("message").asText()).contains("An unbound number of results is forbidden");
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLarge.getBody().get("message").asText()).contains("Max results limit of 1000 exceeded");
    assertThat(paged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(paged.getBody().size()).isBetween(5, 10);
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseExpressionsInEngineRestQueries() {
    // when
    ResponseEntity<JsonNode> response = admin(rest).getForEntity(
        "/engine-rest/task?assigneeExpression={expression}&firstResult=0&maxResults=10", JsonNode.class,
        "${currentUser()}");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("Expressions are forbidden");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/blueprints", "/api/blueprints/fast-food-order", "/api/cases", "/api/tasks",
      "/api/blueprints/fast-food-order/statistics", "/api/blueprints/fast-food-order/overdue", "/api/me"})
  void shouldAnswerStagelinesOwnListsWithinTheCap(String path) {
    // when
    ResponseEntity<JsonNode> response = get(admin(rest), path);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
  }
}
