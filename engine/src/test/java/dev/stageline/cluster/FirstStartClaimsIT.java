package dev.stageline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * First-start work on a database that another node shares: the claim row decides who does it, and
 * a node that finds the claim taken waits until the other node is done (and only that long).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:first-start-claims-it;DB_CLOSE_DELAY=-1",
    // an engine name of its own: /engine-rest and the engine registry keep meaning the API tests' engine
    "camunda.bpm.process-engine-name=firstStartClaimsIt",
    "camunda.bpm.job-execution.enabled=false",
    "stageline.demo.enabled=false",
    "stageline.admin.password=claims-secret"
})
class FirstStartClaimsIT {

  @Autowired
  private FirstStartClaims claims;
  @Autowired
  private ManagementService managementService;

  @Test
  void shouldDoTheWorkOnlyOnTheNodeThatClaimsItFirst() {
    // given
    AtomicInteger done = new AtomicInteger();

    // when the same work is asked for twice, as by two nodes
    boolean first = claims.once("test.once", Duration.ofSeconds(5), done::incrementAndGet);
    boolean second = claims.once("test.once", Duration.ofSeconds(5), done::incrementAndGet);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(done).hasValue(1);
    assertThat(managementService.getProperties().get("test.once")).startsWith(FirstStartClaims.DONE);
  }

  @Test
  void shouldWaitWhileAnotherNodeHoldsTheClaim() throws Exception {
    // given another node claimed the work a moment ago and is still at it
    assertThat(claims.claim("test.busy")).isTrue();
    AtomicInteger done = new AtomicInteger();

    // when this node starts
    long started = System.nanoTime();
    CompletableFuture<Boolean> thisNode = CompletableFuture.supplyAsync(
        () -> claims.once("test.busy", Duration.ofMinutes(1), done::incrementAndGet));
    Thread.sleep(1500);
    boolean waiting = !thisNode.isDone();
    managementService.setProperty("test.busy", FirstStartClaims.DONE + Instant.now());
    boolean didTheWork = thisNode.get(10, TimeUnit.SECONDS);

    // then it waited for the other node, and did not do the work itself
    assertThat(waiting).isTrue();
    assertThat(didTheWork).isFalse();
    assertThat(done).hasValue(0);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void shouldNotWaitForAClaimLeftByANodeThatDied() {
    // given a claim made long ago by a node that never finished
    managementService.setProperty("test.stale", FirstStartClaims.RUNNING + Instant.now().minus(Duration.ofHours(1)));
    AtomicInteger done = new AtomicInteger();

    // when
    long started = System.nanoTime();
    boolean didTheWork = claims.once("test.stale", Duration.ofMinutes(10), done::incrementAndGet);

    // then
    assertThat(didTheWork).isFalse();
    assertThat(done).hasValue(0);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }
}
