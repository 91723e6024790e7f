package dev.stageline.demo;

import dev.stageline.FirstStartStep;
import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.blueprint.SampleBlueprints;
import dev.stageline.cluster.FirstStartClaims;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, fills the history with about a month of simulated
 * service for every sample blueprint, so that the dashboard shows real numbers at once. The engine
 * itself produces it: the seeder moves the engine's clock and starts cases, claims and completes
 * their tasks as demo staff and fires their timers. It never runs when any case has ever run, and
 * so never twice; {@code stageline.demo.enabled=false} switches it off. Of several nodes starting
 * together on one database only one seeds; the others wait for it before they serve requests or
 * run jobs, since their job executors would fire the seeded timers at the wrong time.
 */
@Component
@ConditionalOnProperty(name = "stageline.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoHistory extends FirstStartStep {

  /** After the samples are deployed and the first-run users (with the team groups) exist. */
  static final Duration PERIOD = Duration.ofDays(30);
  private static final Duration FORGOTTEN_AT_MOST = Duration.ofDays(20);
  /** Claimed by the one node of a cluster that seeds. */
  static final String CLAIM = "stageline.demo.claim";
  /** Seeding takes 10–20 s on two cores; a claim older than this was left by a node that died. */
  private static final Duration WAIT_AT_MOST = Duration.ofMinutes(10);
  /** Fixed, so that every new installation sees the same kind of month. */
  private static final long SEED = 20_250_301L;

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ProcessEngineConfigurationImpl engine;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final BlueprintService blueprints;
  private final DemoMarker marker;
  private final FirstStartClaims claims;

  DemoHistory(ProcessEngineConfigurationImpl engine, RepositoryService repositoryService,
      HistoryService historyService, BlueprintService blueprints, DemoMarker marker, FirstStartClaims claims) {
    this.engine = engine;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.blueprints = blueprints;
    this.marker = marker;
    this.claims = claims;
  }

  /** A deployed sample and the profile it is simulated with. */
  private record Sample(DemoProfile profile, ProcessDefinition definition, BlueprintModel model) {
  }

  @Override
  public int getPhase() {
    return SampleBlueprints.PHASE + 2;
  }

  @Override
  protected void prepare() {
    DemoMarker.Status status = marker.status();
    if (status.seeded()) {
      LOG.info("Demo history: seeded before, on {} ({} cases).", status.seededAt(), status.cases());
      return;
    }
    claims.once(CLAIM, WAIT_AT_MOST, this::seedIfEmpty);
  }

  private void seedIfEmpty() {
    if (historyService.createHistoricProcessInstanceQuery().count() > 0) {
      LOG.info("Demo history: not seeded, the database already holds cases.");
      return;
    }
    List<Sample> samples = deployedSamples();
    if (samples.isEmpty()) {
      LOG.info("Demo history: not seeded, no sample blueprint is deployed.");
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long started = System.nanoTime();
    long startedCpu = THREADS.getCurrentThreadCpuTime();
    long cases = 0;
    try (PausedJobExecutor paused = new PausedJobExecutor(engine)) {
      try {
        DemoStaff staff = new DemoStaff(engine.getIdentityService(), new Random(SEED));
        staff.hire(teams(samples));
        LOG.info("Demo history: seeding {} days up to {} for {} blueprints, worked by {} demo staff …",
            PERIOD.toDays(), now, samples.size(), staff.size());
        for (Sample sample : samples) {
          cases += seed(sample, staff, now);
        }
      } finally {
        ClockUtil.reset();
      }
    } catch (RuntimeException e) {
      LOG.error("Demo history stopped after {} cases; the dashboard shows what was seeded. "
          + "To start over, start with an empty database.", cases, e);
    }
    if (cases > 0) {
      marker.record(now, cases);
      // the CPU time tells a slow machine from a busy one
      LOG.info("Demo history seeded: {} cases in {} s ({} s CPU). "
          + "Set stageline.demo.enabled=false to start without it.", cases, seconds(System.nanoTime() - started),
          seconds(THREADS.getCurrentThreadCpuTime() - startedCpu));
    }
  }

  /** Simulates a month of one sample; returns the number of cases. */
  private long seed(Sample sample, DemoStaff staff, Instant now) {
    long started = System.nanoTime();
    DemoProfile profile = sample.profile();
    String definitionId = sample.definition().getId();
    Random random = new Random(SEED ^ profile.key().hashCode());
    FormAnswers answers = new FormAnswers(repositoryService.getBpmnModelInstance(definitionId), profile, random);
    CaseSimulator simulator = new CaseSimulator(engine, definitionId, sample.model(), new StepTiming(profile, random),
        answers, staff, now);
    List<Instant> starts = new ArrayList<>(new Arrivals(random).between(profile, now.minus(PERIOD), now));
    Instant forgotten = forgottenCaseStart(sample.model(), now);
    starts.add(forgotten);
    starts.sort(null);
    // numbered from somewhere in the middle: the service did not start a month ago
    int firstNumber = 100 + random.nextInt(800);
    int steps = 0;
    int running = 0;
    for (int i = 0; i < starts.size(); i++) {
      Instant start = starts.get(i);
      CaseSimulator.Outcome outcome = simulator.simulate(profile.businessKey(firstNumber + i), start,
          start.equals(forgotten));
      steps += outcome.completedSteps();
      running += outcome.running() ? 1 : 0;
    }
    LOG.info("Demo history: {} — {} cases ({} still running), {} steps completed, {} s", profile.key(),
        starts.size(), running, steps, seconds(System.nanoTime() - started));
    return starts.size();
  }

  /**
   * When the blueprint's forgotten case started: twice its case target ago, so that the case is
   * overdue, but at most {@link #FORGOTTEN_AT_MOST} ago (then its stalled step is overdue).
   */
  private static Instant forgottenCaseStart(BlueprintModel model, Instant now) {
    Duration target = model.caseTarget() == null ? Duration.ofDays(1)
        : Duration.ofMillis(model.caseTarget().durationMillis());
    Duration ago = target.multipliedBy(2);
    return now.minus(ago.compareTo(FORGOTTEN_AT_MOST) < 0 ? ago : FORGOTTEN_AT_MOST);
  }

  private List<Sample> deployedSamples() {
    List<Sample> samples = new ArrayList<>();
    for (DemoProfile profile : DemoProfile.SAMPLES) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(profile.key()).latestVersion().singleResult();
      if (definition != null) {
        samples.add(new Sample(profile, definition, blueprints.model(definition.getId())));
      }
    }
    return samples;
  }

  private static TreeSet<String> teams(List<Sample> samples) {
    TreeSet<String> teams = new TreeSet<>();
    samples.forEach(sample -> sample.model().lanes().stream().map(BlueprintModel.LaneInfo::role)
        .filter(Objects::nonNull).forEach(teams::add));
    return teams;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }
}
