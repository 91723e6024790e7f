package dev.stageline.statistics;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Wait time (step started → first claim) and work time (first claim → completed) of completed user
 * tasks, per step. The claim time is the first assignee added in the identity-link history, which
 * the engine writes at history level full.
 */
@Repository
class WaitAndWorkQueries {

  /**
   * Wait is claim − step start, work is step end − claim, so the two add up to the step's duration.
   * The database averages and takes percentiles of these intervals and converts only the results to
   * milliseconds with EXTRACT(EPOCH ...), which H2 and PostgreSQL both understand; converting every
   * row took most of the query's time on H2. History timestamps carry no zone, so a wait spanning a
   * daylight-saving change is off by that hour. The first claim is looked up per task through an
   * index on the identity links' task id. {@code OFFSET 0 ROWS} keeps the inner query a query of its
   * own: without it PostgreSQL pulls it up and looks the claim up again for every use of
   * {@code claimed} (1.7 s instead of 0.4 s at 100k activity instances); H2 is no slower for it.
   */
  private static final String SQL = """
      SELECT step_id,
             EXTRACT(EPOCH FROM AVG(claimed - started)) * 1000 AS wait_mean,
             EXTRACT(EPOCH FROM PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY claimed - started)) * 1000 AS wait_p50,
             EXTRACT(EPOCH FROM AVG(ended - claimed)) * 1000 AS work_mean,
             EXTRACT(EPOCH FROM PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ended - claimed)) * 1000 AS work_p50
      FROM (
        SELECT a.ACT_ID_ AS step_id, a.START_TIME_ AS started, a.END_TIME_ AS ended,
               (SELECT MIN(l.TIMESTAMP_) FROM ACT_HI_IDENTITYLINK l
                WHERE l.TASK_ID_ = a.TASK_ID_ AND l.TYPE_ = 'assignee' AND l.OPERATION_TYPE_ = 'add') AS claimed
        FROM ACT_HI_ACTINST a
        WHERE a.ACT_TYPE_ = 'userTask' AND %s AND %s
        OFFSET 0 ROWS
      ) tasks
      WHERE claimed IS NOT NULL
      GROUP BY step_id
      """;

  record WaitAndWork(Long waitP50, Long waitMean, Long workP50, Long workMean) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  WaitAndWorkQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Wait and work figures per step id; steps whose tasks were never claimed are absent. */
  Map<String, WaitAndWork> byStep(Scope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = SQL.formatted(StatisticsQueries.COMPLETED_STEP, scope.window("a", params));
    Map<String, WaitAndWork> byStep = new HashMap<>();
    jdbc.query(sql, params, rs -> {
      byStep.put(rs.getString("step_id"), new WaitAndWork(Summary.millis(rs, "wait_p50"),
          Summary.millis(rs, "wait_mean"), Summary.millis(rs, "work_p50"), Summary.millis(rs, "work_mean")));
    });
    return byStep;
  }
}
