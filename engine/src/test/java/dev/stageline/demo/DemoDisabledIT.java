package dev.stageline.demo;

import static dev.stageline.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The first start on an empty database with {@code stageline.demo.enabled=false}: samples, no history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-disabled-it;DB_CLOSE_DELAY=-1",
    // an engine name of its own: /engine-rest and the engine registry keep meaning the API tests' engine
    "camunda.bpm.process-engine-name=demoDisabledIt",
    "stageline.demo.enabled=false",
    "stageline.admin.username=admin",
    "stageline.admin.password=" + DemoDisabledIT.ADMIN_PASSWORD
})
class DemoDisabledIT {

  static final String ADMIN_PASSWORD = "no-demo-secret";

  @Autowired
  private HistoryService historyService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private ApplicationContext context;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void shouldDeployTheSamplesWithoutAnyHistory() {
    // given the application started on an empty database with demo data off

    // when
    long samples = repositoryService.createProcessDefinitionQuery().count();
    long cases = historyService.createHistoricProcessInstanceQuery().count();

    // then
    assertThat(samples).isEqualTo(DemoProfile.SAMPLES.size());
    assertThat(cases).isZero();
    assertThat(context.getBeansOfType(DemoHistory.class)).isEmpty();
  }

  @Test
  void shouldTellTheUiThatThereIsNoDemoData() {
    // given the application started on an empty database with demo data off

    // when
    ResponseEntity<JsonNode> response = get(rest.withBasicAuth("admin", ADMIN_PASSWORD), "/api/about");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode demo = response.getBody().get("demo");
    assertThat(demo.get("seeded").asBoolean()).isFalse();
    assertThat(demo.get("seededAt").isNull()).isTrue();
    assertThat(demo.get("cases").asLong()).isZero();
  }

  @Test
  void shouldAnswerOnlyAuthenticatedCallers() {
    // given no credentials

    // when
    ResponseEntity<JsonNode> response = get(rest, "/api/about");

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
