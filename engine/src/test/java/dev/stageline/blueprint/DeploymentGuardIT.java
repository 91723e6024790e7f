package dev.stageline.blueprint;

import static dev.stageline.support.Api.engineRestDeploy;
import static dev.stageline.support.Api.find;
import static dev.stageline.support.Api.get;
import static dev.stageline.support.Api.undeploy;
import static dev.stageline.support.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stageline.support.ApiIT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The engine refuses code and files beyond its limits on every path, not only through the
 * blueprint API: through its REST API and from Java, before anything is stored. Where the engine
 * also protects itself without the guard (DTDs, scripts), its own parser is checked too.
 */
@ApiIT
class DeploymentGuardIT {

  private static final String NAME = "guard-test";
  private static final String DTD = """
      <?xml version="1.0"?>
      <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
        <process id="p" isExecutable="true" name="&secret;"><startEvent id="s"/></process>
      </definitions>""";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private ProcessEngine processEngine;

  private long deploymentsBefore;

  @BeforeEach
  void countDeployments() {
    deploymentsBefore = deployments();
  }

  @AfterEach
  void removeDeployments() {
    undeploy(repositoryService, NAME);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      script-task                 | runs a script
      listener-script             | has a script in its execution listener
      script-condition            | written in the language 'groovy'
      java-class                  | runs code through camunda:class 'com.acme.ChargeCard'
      delegate-expression         | runs code through camunda:delegateExpression '${chargeCard}'
      method-expression           | runs code through camunda:expression
      method-call-condition       | calls the method or function 'isPaid'
      engine-object               | reaches the engine object 'execution'
      shell-task                  | uses camunda:type 'shell'
      connector                   | calls a connector
      decision                    | decisions (DMN) are not supported yet
      timer-cycle-too-frequent    | repeats every 30 seconds: a timer may repeat at most once a minute
      loop-cardinality-above-cap  | more than the 100 instances a step may run
      loop-collection             | there is no list to iterate
      """)
  void shouldRefuseThroughTheEngineRestApi(String fixture, String phrase) {
    // when
    ResponseEntity<JsonNode> response = engineRestDeploy(admin(rest), NAME, fixture + ".bpmn",
        Fixtures.bytes("invalid/" + fixture + ".bpmn"));

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText())
        .startsWith("The deployment is refused: '" + fixture + ".bpmn': ")
        .contains(phrase);
    assertThat(deployments()).isEqualTo(deploymentsBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"order.cmmn", "order.cmmn11.xml", "discount.dmn", "discount.dmn11.xml"})
  void shouldRefuseCaseAndDecisionModels(String fileName) {
    // when
    ResponseEntity<JsonNode> response = engineRestDeploy(admin(rest), NAME, fileName,
        "<definitions/>".getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("Stageline runs BPMN blueprints only");
    assertThat(deployments()).isEqualTo(deploymentsBefore);
  }

  @Test
  void shouldRefuseADtdThroughTheEngineRestApi() {
    // when
    ResponseEntity<JsonNode> response = engineRestDeploy(admin(rest), NAME, "entity.bpmn",
        DTD.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("declares a DOCTYPE");
    assertThat(deployments()).isEqualTo(deploymentsBefore);
  }

  @Test
  void shouldRefuseCodeDeployedFromJava() {
    // when
    Throwable thrown = catchThrowable(() -> repositoryService.createDeployment().name(NAME)
        .addInputStream("script-task.bpmn", new ByteArrayInputStream(Fixtures.bytes("invalid/script-task.bpmn")))
        .deploy());

    // then
    assertThat(thrown).isInstanceOf(BadUserRequestException.class).hasMessageContaining("runs a script");
    assertThat(deployments()).isEqualTo(deploymentsBefore);
  }

  @Test
  void shouldDeployWhatStaysWithinTheLimitsAndRecordWhoDeployedIt() {
    // when
    ResponseEntity<JsonNode> response = engineRestDeploy(admin(rest), NAME, "counter-minimal.bpmn",
        Fixtures.bytes("valid-timer-and-loop.bpmn"));

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the version this deployment made: on a shared database it need not be the first
    String version = response.getBody().get("deployedProcessDefinitions").elements().next().get("version").asText();
    JsonNode blueprint = get(admin(rest), "/api/blueprints/counter-minimal").getBody();
    assertThat(blueprint.has("history")).as("%s", blueprint).isTrue();
    assertThat(find(blueprint.get("history"), "version", version).get("deployedBy").asText()).isEqualTo("admin");
  }

  @Test
  void shouldHaveTheEnginesOwnParserRefuseADtd() {
    // when the guard is left out and the engine's parser reads the file itself
    Throwable thrown = parseWithoutGuard(DTD.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(configuration().isEnableXxeProcessing()).isFalse();
    assertThat(thrown).hasMessageContaining("DOCTYPE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"script-task", "listener-script", "script-condition"})
  void shouldHaveTheEnginesOwnParserRefuseScripts(String fixture) {
    // when the guard is left out and the engine's parser reads the file itself
    Throwable thrown = parseWithoutGuard(Fixtures.bytes("invalid/" + fixture + ".bpmn"));

    // then
    assertThat(thrown).hasMessageContaining("Scripts are turned off in Stageline");
  }

  @Test
  void shouldHaveTheEnginesOwnParserReadAValidBlueprint() {
    assertThat(parseWithoutGuard(Fixtures.bytes("valid-timer-and-loop.bpmn"))).isNull();
  }

  @Test
  void shouldRefuseAFileThatIsNotBpmn() {
    assertThatThrownBy(() -> repositoryService.createDeployment().name(NAME)
        .addString("broken.bpmn", "<definitions/>").deploy())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("not a BPMN 2.0 file");
  }

  private Throwable parseWithoutGuard(byte[] xml) {
    ProcessEngineConfigurationImpl configuration = configuration();
    BpmnParser parser = configuration.getDeployers().stream()
        .filter(BpmnDeployer.class::isInstance)
        .map(deployer -> ((BpmnDeployer) deployer).getBpmnParser())
        .findFirst().orElseThrow();
    return catchThrowable(() -> configuration.getCommandExecutorTxRequired().execute(context ->
        parser.createParse()
            .sourceInputStream(new ByteArrayInputStream(xml))
            .deployment(new DeploymentEntity())
            .name("parsed.bpmn")
            .execute()));
  }

  /** Only this test's deployments: on a shared database other tests deploy and undeploy too. */
  private long deployments() {
    return repositoryService.createDeploymentQuery().deploymentName(NAME).count();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
  }
}
