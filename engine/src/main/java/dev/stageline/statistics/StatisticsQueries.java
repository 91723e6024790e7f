package dev.stageline.statistics;

import dev.stageline.blueprint.BlueprintModel.Step;
import dev.stageline.blueprint.Layer;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.pvm.runtime.ActivityInstanceState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over the engine's history tables for one {@link Scope}. Every figure is computed by the
 * database; only one row per step, layer, assignee or day comes back.
 */
@Repository
class StatisticsQueries {

  /** An activity instance that ended normally: cancelled ones (interrupted, deleted) are no executions. */
  static final String COMPLETED_STEP = "a.END_TIME_ IS NOT NULL AND (a.ACT_INST_STATE_ IS NULL OR a.ACT_INST_STATE_ <> "
      + ActivityInstanceState.CANCELED.getStateCode() + ")";

  /** A process instance that reached an end event, rather than being deleted. */
  static final String COMPLETED_CASE = "p.END_TIME_ IS NOT NULL AND p.STATE_ = 'COMPLETED'";

  /** Containers: their children carry the time, so layer time skips them to count it once. */
  private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "adHocSubProcess");

  private final NamedParameterJdbcTemplate jdbc;

  StatisticsQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Completed cases in the scope, against the case target in milliseconds (may be null). */
  Summary cases(Scope scope, Long targetMillis) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("target", targetMillis, Types.BIGINT);
    String sql = "SELECT " + Summary.columns("p.DURATION_", "CAST(:target AS BIGINT)")
        + " FROM ACT_HI_PROCINST p WHERE " + COMPLETED_CASE + " AND " + scope.window("p", params);
    return jdbc.queryForObject(sql, params, (rs, row) -> Summary.read(rs));
  }

  /** Cases of the blueprint (version) that have not ended; the window does not apply. */
  long runningCases(Scope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = "SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.END_TIME_ IS NULL AND " + scope.blueprint("p", params);
    Long count = jdbc.queryForObject(sql, params, Long.class);
    return count == null ? 0 : count;
  }

  /** Completed executions per step id, for the steps of the model. */
  Map<String, Summary> steps(Scope scope, List<Step> steps) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT a.ACT_ID_ AS step_id, %s
        FROM ACT_HI_ACTINST a
        WHERE %s AND %s AND %s
        GROUP BY a.ACT_ID_
        """.formatted(Summary.columns("a.DURATION_", target(steps, params)), ofSteps(steps, params), COMPLETED_STEP,
        scope.window("a", params));
    Map<String, Summary> byStep = new LinkedHashMap<>();
    jdbc.query(sql, params, rs -> {
      byStep.put(rs.getString("step_id"), Summary.read(rs));
    });
    return byStep;
  }

  /**
   * Total step time per layer over the completed cases in the scope: the window applies to the
   * case's end. Dividing by the number of those cases gives the mean layer time per case. The
   * database sums per step; the few step totals are added up per layer here.
   */
  Map<Layer, Long> layerTotals(Scope scope, List<Step> steps) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT a.ACT_ID_ AS step_id, SUM(a.DURATION_) AS total_ms
        FROM ACT_HI_PROCINST p
        JOIN ACT_HI_ACTINST a ON a.PROC_INST_ID_ = p.PROC_INST_ID_
        WHERE %s AND %s AND %s AND %s
        GROUP BY a.ACT_ID_
        """.formatted(ofSteps(steps, params), COMPLETED_CASE, COMPLETED_STEP, scope.window("p", params));
    Map<String, Layer> layers = new HashMap<>();
    steps.stream().filter(step -> step.layer() != null && !CONTAINERS.contains(step.type()))
        .forEach(step -> layers.put(step.id(), step.layer()));
    Map<Layer, Long> totals = new EnumMap<>(Layer.class);
    jdbc.query(sql, params, rs -> {
      Layer layer = layers.get(rs.getString("step_id"));
      if (layer != null) {
        totals.merge(layer, rs.getLong("total_ms"), Long::sum);
      }
    });
    return totals;
  }

  /** Completed user-task executions per assignee and step, ordered by assignee. */
  List<StaffRow> staff(Scope scope, List<Step> steps) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT a.ASSIGNEE_ AS assignee, a.ACT_ID_ AS step_id, %s
        FROM ACT_HI_ACTINST a
        WHERE a.ACT_TYPE_ = 'userTask' AND a.ASSIGNEE_ IS NOT NULL AND %s AND %s AND %s
        GROUP BY a.ASSIGNEE_, a.ACT_ID_
        ORDER BY a.ASSIGNEE_, a.ACT_ID_
        """.formatted(Summary.columns("a.DURATION_", target(steps, params)), ofSteps(steps, params), COMPLETED_STEP,
        scope.window("a", params));
    return jdbc.query(sql, params,
        (rs, row) -> new StaffRow(rs.getString("assignee"), rs.getString("step_id"), Summary.read(rs)));
  }

  record StaffRow(String assignee, String stepId, Summary summary) {
  }

  /**
   * Completed cases per day of their end, or — when {@code stepId} is given — completed executions
   * of that step per day. {@code CAST(... AS DATE)} truncates a timestamp on H2 and PostgreSQL alike.
   */
  List<DayRow> trend(Scope scope, String stepId, Long targetMillis) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("target", targetMillis, Types.BIGINT);
    String alias = stepId == null ? "p" : "a";
    String from = stepId == null ? "ACT_HI_PROCINST p" : "ACT_HI_ACTINST a";
    String completed = stepId == null ? COMPLETED_CASE : COMPLETED_STEP + " AND a.ACT_ID_ = :stepId";
    if (stepId != null) {
      params.addValue("stepId", stepId);
    }
    String sql = """
        SELECT CAST(%1$s.END_TIME_ AS DATE) AS end_day, %2$s
        FROM %3$s
        WHERE %4$s AND %5$s
        GROUP BY CAST(%1$s.END_TIME_ AS DATE)
        ORDER BY end_day
        """.formatted(alias, Summary.columns(alias + ".DURATION_", "CAST(:target AS BIGINT)"), from, completed,
        scope.window(alias, params));
    return jdbc.query(sql, params,
        (rs, row) -> new DayRow(rs.getObject("end_day", LocalDate.class), Summary.read(rs)));
  }

  record DayRow(LocalDate day, Summary summary) {
  }

  /**
   * The condition that an activity instance (aliased {@code a}) is one of {@code steps}. A list of
   * values and a CASE on the step id, rather than a join with a table of steps, let the database
   * read each history row once (H2 joins a VALUES table by scanning it for every row).
   */
  private static String ofSteps(List<Step> steps, MapSqlParameterSource params) {
    if (steps.isEmpty()) {
      return "1 = 0";
    }
    params.addValue("stepIds", steps.stream().map(Step::id).toList());
    return "a.ACT_ID_ IN (:stepIds)";
  }

  /** The target in milliseconds of the step of activity instance {@code a}, or null. */
  private static String target(List<Step> steps, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder("CASE a.ACT_ID_");
    int n = 0;
    for (Step step : steps) {
      if (step.target() != null) {
        params.addValue("targetStep" + n, step.id()).addValue("targetMs" + n, step.target().durationMillis());
        sql.append(" WHEN CAST(:targetStep").append(n).append(" AS VARCHAR(255)) THEN CAST(:targetMs").append(n)
            .append(" AS BIGINT)");
        n++;
      }
    }
    return n == 0 ? "CAST(NULL AS BIGINT)" : sql.append(" END").toString();
  }
}
