package dev.stageline.statistics;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Wait time (task created → first claim) and work time (first claim → completed) of completed user
 * tasks, per step. The claim time is the first assignee added in the identity-link history, which
 * the engine writes at history level full.
 */
@Repository
class WaitAndWorkQueries {

  /**
   * EXTRACT(EPOCH FROM ...) is the timestamp arithmetic both H2 and PostgreSQL understand. History
   * timestamps carry no zone, so a wait spanning a daylight-saving change is off by that hour. Work
   * is the task's own duration (computed by the engine) minus the wait, so the two always add up.
   */
  private static final String SQL = """
      SELECT step_id,
             AVG(CAST(wait_ms AS DOUBLE PRECISION)) AS wait_mean,
             PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(wait_ms AS DOUBLE PRECISION)) AS wait_p50,
             AVG(CAST(duration_ms - wait_ms AS DOUBLE PRECISION)) AS work_mean,
             PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(duration_ms - wait_ms AS DOUBLE PRECISION)) AS work_p50
      FROM (
        SELECT a.ACT_ID_ AS step_id, t.DURATION_ AS duration_ms,
               CAST(ROUND((EXTRACT(EPOCH FROM c.claimed) - EXTRACT(EPOCH FROM t.START_TIME_)) * 1000) AS BIGINT) AS wait_ms
        FROM ACT_HI_ACTINST a
        JOIN ACT_HI_TASKINST t ON t.ID_ = a.TASK_ID_
        JOIN (
          SELECT l.TASK_ID_ AS task_id, MIN(l.TIMESTAMP_) AS claimed
          FROM ACT_HI_IDENTITYLINK l
          WHERE l.TYPE_ = 'assignee' AND l.OPERATION_TYPE_ = 'add' AND l.PROC_DEF_KEY_ = :blueprintKey
          GROUP BY l.TASK_ID_
        ) c ON c.task_id = a.TASK_ID_
        WHERE a.ACT_TYPE_ = 'userTask' AND t.DURATION_ IS NOT NULL AND %s AND %s
      ) claimed_tasks
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
