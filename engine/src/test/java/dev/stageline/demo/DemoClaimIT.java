package dev.stageline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.blueprint.BlueprintService;
import dev.stageline.cluster.FirstStartClaims;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A second node starting on a database whose demo history another node is seeding: it does not
 * seed too, and it waits until the other node is done.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-claim-it;DB_CLOSE_DELAY=-1",
    // an engine name of its own: /engine-rest and the engine registry keep meaning the API tests' engine
    "camunda.bpm.process-engine-name=demoClaimIt",
    "camunda.bpm.job-execution.enabled=false",
    // this node's own first start seeds nothing; the test plays the second node's start itself
    "stageline.demo.enabled=false",
    "stageline.admin.password=demo-claim-secret"
})
class DemoClaimIT {

  @Autowired
  private ProcessEngineConfigurationImpl engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private BlueprintService blueprints;
  @Autowired
  private FirstStartClaims claims;

  @Test
  void shouldWaitForTheNodeThatSeedsInsteadOfSeedingToo() throws Exception {
    // given another node claimed the seeding a moment ago and is still at it
    managementService.setProperty(DemoHistory.CLAIM, "running since " + Instant.now());
    DemoHistory secondNode = new DemoHistory(engine, repositoryService, historyService, blueprints,
        new DemoMarker(managementService), claims);

    // when this node starts
    CompletableFuture<Void> start = CompletableFuture.runAsync(secondNode::prepare);
    Thread.sleep(1500);
    boolean waiting = !start.isDone();
    managementService.setProperty(DemoHistory.CLAIM, "done " + Instant.now());
    start.get(10, TimeUnit.SECONDS);

    // then it waited, and seeded nothing itself
    assertThat(waiting).isTrue();
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
  }
}
