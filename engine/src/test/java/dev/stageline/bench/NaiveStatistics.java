package dev.stageline.bench;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintModel.Step;
import dev.stageline.statistics.StatisticsReport.StepFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The per-step figures of a statistics report worked out the naive way: every finished activity
 * instance of the blueprint's versions paged through {@link HistoryService} and aggregated in Java.
 * Cancelled instances are left out as the SQL leaves them out; percentiles interpolate as
 * {@code PERCENTILE_CONT} does.
 */
final class NaiveStatistics {

  /**
   * As large as the engine allows through the Java API (queryMaxResultsLimit binds authenticated
   * users only): each page is an OFFSET query, so small pages make the naive way quadratic.
   */
  static final int PAGE = 100_000;

  /** One step's figures as the report gives them: milliseconds rounded as the report rounds them. */
  record Figures(String stepId, long count, Long mean, Long p50, Long p90, Double withinShare) {

    static Figures of(StepFigures step) {
      return new Figures(step.id(), step.count(), step.mean(), step.p50(), step.p90(), step.withinShare());
    }

    /** Same count and share, and every duration the same to within a millisecond of rounding. */
    boolean agrees(Figures other) {
      return stepId.equals(other.stepId) && count == other.count && close(mean, other.mean)
          && close(p50, other.p50) && close(p90, other.p90) && java.util.Objects.equals(withinShare, other.withinShare);
    }

    private static boolean close(Long a, Long b) {
      return a == null || b == null ? a == b : Math.abs(a - b) <= 1;
    }
  }

  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  NaiveStatistics(BenchEngine engine) {
    this.historyService = engine.bean(HistoryService.class);
    this.repositoryService = engine.bean(RepositoryService.class);
  }

  /** Figures of every step of the latest version of {@code key}, over all its versions' history. */
  List<Figures> steps(String key) {
    List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().asc().list();
    ProcessDefinition latest = versions.get(versions.size() - 1);
    BlueprintModel model = BlueprintModel.of(repositoryService.getBpmnModelInstance(latest.getId()));
    Map<String, Durations> byStep = new LinkedHashMap<>();
    model.steps().forEach(step -> byStep.put(step.id(), new Durations()));
    for (ProcessDefinition version : versions) {
      List<HistoricActivityInstance> page;
      int offset = 0;
      do {
        page = historyService.createHistoricActivityInstanceQuery().processDefinitionId(version.getId()).finished()
            .orderByHistoricActivityInstanceId().asc().listPage(offset, PAGE);
        for (HistoricActivityInstance instance : page) {
          Durations durations = byStep.get(instance.getActivityId());
          if (durations != null && !instance.isCanceled()) {
            durations.add(instance.getDurationInMillis());
          }
        }
        offset += page.size();
      } while (page.size() == PAGE);
    }
    List<Figures> figures = new ArrayList<>();
    for (Step step : model.steps()) {
      Long target = step.target() == null ? null : step.target().durationMillis();
      figures.add(byStep.get(step.id()).figures(step.id(), target));
    }
    return figures;
  }

  /** A growing array of one step's durations. */
  private static final class Durations {

    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    Figures figures(String stepId, Long target) {
      if (size == 0) {
        return new Figures(stepId, 0, null, null, null, null);
      }
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      long sum = 0;
      long within = 0;
      for (long value : sorted) {
        sum += value;
        within += target != null && value <= target ? 1 : 0;
      }
      return new Figures(stepId, size, Math.round((double) sum / size), Math.round(percentile(sorted, 0.5)),
          Math.round(percentile(sorted, 0.9)), target == null ? null : (double) within / size);
    }

    /** PERCENTILE_CONT: linear interpolation between the values around position p × (n − 1). */
    private static double percentile(long[] sorted, double p) {
      double position = p * (sorted.length - 1);
      int below = (int) Math.floor(position);
      int above = Math.min(below + 1, sorted.length - 1);
      return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
  }
}
