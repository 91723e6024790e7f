package dev.stageline.statistics;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintModel.Step;
import dev.stageline.blueprint.BlueprintModel.Target;
import dev.stageline.blueprint.Layer;
import dev.stageline.statistics.StatisticsReport.CaseFigures;
import dev.stageline.statistics.StatisticsReport.LayerFigures;
import dev.stageline.statistics.StatisticsReport.StaffFigures;
import dev.stageline.statistics.StatisticsReport.StepFigures;
import dev.stageline.statistics.StatisticsQueries.StaffRow;
import dev.stageline.statistics.WaitAndWorkQueries.WaitAndWork;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Service;

/**
 * Timing statistics of deployed blueprints (DESIGN §4), read from the engine's history by SQL
 * aggregation. Targets, layers and the step list come from the blueprint model of the requested
 * version, or of the latest version when the figures span all versions.
 */
@Service
public class StatisticsService {

  private final RepositoryService repositoryService;
  private final StatisticsQueries queries;
  private final WaitAndWorkQueries waitAndWork;
  private final OverdueQueries overdue;
  /** Threads for the queries of reports, as many as there are processors (the database's too). */
  private final ExecutorService queryThreads = Executors.newFixedThreadPool(
      Math.max(2, Runtime.getRuntime().availableProcessors()), StatisticsService::queryThread);

  StatisticsService(RepositoryService repositoryService, StatisticsQueries queries, WaitAndWorkQueries waitAndWork,
      OverdueQueries overdue) {
    this.repositoryService = repositoryService;
    this.queries = queries;
    this.waitAndWork = waitAndWork;
    this.overdue = overdue;
  }

  /**
   * Case, step, layer and staff figures of blueprint {@code key}.
   *
   * @param version one version, or null for all versions
   * @param from inclusive lower bound on end time, or null
   * @param to exclusive upper bound on end time, or null
   * @throws NoSuchElementException when no blueprint {@code key} (or no such version) is deployed
   */
  public StatisticsReport report(String key, Integer version, Instant from, Instant to) {
    ProcessDefinition definition = definition(key, version);
    BlueprintModel model = model(definition.getId());
    Scope scope = scope(definition, version, from, to);
    CompletableFuture<Map<String, Summary>> steps = sideBySide(() -> queries.steps(scope, model.steps()));
    CompletableFuture<Map<String, WaitAndWork>> waitAndWorkByStep = sideBySide(() -> waitAndWork.byStep(scope));
    CompletableFuture<Map<Layer, Long>> layers = sideBySide(() -> queries.layerTotals(scope, model.steps()));
    CompletableFuture<List<StaffRow>> staff = sideBySide(() -> queries.staff(scope, model.steps()));
    Summary cases = queries.cases(scope, millis(model.caseTarget()));
    long running = queries.runningCases(scope);
    Map<Layer, Long> layerTotals = result(layers);
    return new StatisticsReport(caseFigures(cases, running, model.caseTarget(), layerTotals),
        stepFigures(model, result(steps), result(waitAndWorkByStep)), layerFigures(cases, layerTotals),
        staffFigures(model, result(staff)));
  }

  /**
   * Runs one of a report's queries on a connection of its own: each reads every history row of the
   * blueprint once, so on a large history the report takes as long as its slowest query rather
   * than as all of them together.
   */
  private <T> CompletableFuture<T> sideBySide(Supplier<T> query) {
    return CompletableFuture.supplyAsync(query, queryThreads);
  }

  /** The result of a query run side by side, or the exception it threw. */
  private static <T> T result(CompletableFuture<T> query) {
    try {
      return query.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static Thread queryThread(Runnable runnable) {
    Thread thread = new Thread(runnable, "statistics-query");
    thread.setDaemon(true);
    return thread;
  }

  @PreDestroy
  void stopQueryThreads() {
    queryThreads.shutdownNow();
  }

  /**
   * Daily figures of completed cases, or of one step's completed executions when {@code stepId} is
   * given, per day of end time, oldest first; days without any are absent.
   *
   * @throws NoSuchElementException for an unknown blueprint, version or step
   */
  public List<DailyFigures> trend(String key, Integer version, Instant from, Instant to, String stepId) {
    ProcessDefinition definition = definition(key, version);
    BlueprintModel model = model(definition.getId());
    Target target = stepId == null ? model.caseTarget() : model.step(stepId)
        .orElseThrow(() -> new NoSuchElementException("Blueprint '" + key + "' has no step '" + stepId + "'"))
        .target();
    return queries.trend(scope(definition, version, from, to), stepId, millis(target)).stream()
        .map(day -> new DailyFigures(day.day(), day.summary().count(), day.summary().p50(), day.summary().p90(),
            day.summary().withinShare(target)))
        .toList();
  }

  /**
   * Running steps and cases of blueprint {@code key} (or of all blueprints when null) whose elapsed
   * time at the engine's current time already exceeds their target.
   *
   * @throws NoSuchElementException when {@code key} is given and no such blueprint is deployed
   */
  public OverdueReport overdue(String key) {
    if (key != null) {
      definition(key, null);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, BlueprintModel> models = new LinkedHashMap<>();
    for (String definitionId : overdue.definitionsWithRunningCases(key)) {
      try {
        models.put(definitionId, model(definitionId));
      } catch (ProcessEngineException gone) {
        // history of a definition no longer deployed: nothing to measure it against
      }
    }
    return new OverdueReport(now, overdue.steps(models, now), overdue.cases(models, now));
  }

  /** The steps table of {@code report} as CSV (RFC 4180; durations in milliseconds). */
  public String stepsCsv(StatisticsReport report) {
    return StepsCsv.write(report.steps());
  }

  private ProcessDefinition definition(String key, Integer version) {
    Objects.requireNonNull(key, "blueprint key");
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = version == null
        ? query.latestVersion().singleResult()
        : query.processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw new NoSuchElementException(version == null
          ? "No blueprint '" + key + "' is deployed"
          : "Blueprint '" + key + "' has no version " + version);
    }
    return definition;
  }

  private BlueprintModel model(String definitionId) {
    return BlueprintModel.of(repositoryService.getBpmnModelInstance(definitionId));
  }

  private static Scope scope(ProcessDefinition definition, Integer version, Instant from, Instant to) {
    return new Scope(definition.getKey(), version == null ? null : definition.getId(), from, to);
  }

  private static CaseFigures caseFigures(Summary cases, long running, Target target, Map<Layer, Long> layerTotals) {
    long belowLine = Arrays.stream(Layer.values()).filter(Layer::belowLineOfVisibility)
        .mapToLong(layer -> layerTotals.getOrDefault(layer, 0L)).sum();
    return new CaseFigures(cases.count(), running, cases.mean(), cases.p50(), cases.p90(), cases.p95(), cases.max(),
        millis(target), target == null ? null : target.share(), cases.withinShare(target), cases.meets(target),
        meanPerCase(belowLine, cases), shareOfCases(belowLine, cases));
  }

  private static List<StepFigures> stepFigures(BlueprintModel model, Map<String, Summary> executions,
      Map<String, WaitAndWork> waitAndWork) {
    WaitAndWork never = new WaitAndWork(null, null, null, null);
    return model.steps().stream().map(step -> {
      Summary s = executions.getOrDefault(step.id(), Summary.EMPTY);
      WaitAndWork w = waitAndWork.getOrDefault(step.id(), never);
      Target target = step.target();
      return new StepFigures(step.id(), step.name(), step.type(), step.layer() == null ? null : step.layer().id(),
          s.count(), s.mean(), s.p50(), s.p90(), s.p95(), s.max(), millis(target),
          target == null ? null : target.share(), s.withinShare(target), s.meets(target),
          w.waitP50(), w.waitMean(), w.workP50(), w.workMean());
    }).toList();
  }

  private static List<LayerFigures> layerFigures(Summary cases, Map<Layer, Long> layerTotals) {
    return Arrays.stream(Layer.values()).map(layer -> {
      long total = layerTotals.getOrDefault(layer, 0L);
      return new LayerFigures(layer.id(), layer.belowLineOfVisibility(), meanPerCase(total, cases),
          shareOfCases(total, cases));
    }).toList();
  }

  private static List<StaffFigures> staffFigures(BlueprintModel model, List<StaffRow> rows) {
    List<String> order = model.steps().stream().map(Step::id).toList();
    return rows.stream()
        .sorted((a, b) -> a.assignee().equals(b.assignee())
            ? Integer.compare(order.indexOf(a.stepId()), order.indexOf(b.stepId()))
            : a.assignee().compareTo(b.assignee()))
        .map(row -> {
          Target target = model.step(row.stepId()).map(Step::target).orElse(null);
          return new StaffFigures(row.assignee(), row.stepId(), row.summary().count(), row.summary().p50(),
              row.summary().withinShare(target));
        }).toList();
  }

  /** Time per completed case: a total over the completed cases, divided by their number. */
  private static Long meanPerCase(long total, Summary cases) {
    return cases.count() == 0 ? null : Math.round((double) total / cases.count());
  }

  /** A total over the completed cases as a share of their total duration (= mean over mean). */
  private static Double shareOfCases(long total, Summary cases) {
    return cases.total() == 0 ? null : (double) total / cases.total();
  }

  private static Long millis(Target target) {
    return target == null ? null : target.durationMillis();
  }
}
