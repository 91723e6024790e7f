package dev.stageline.statistics;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintModel.Step;
import dev.stageline.statistics.InlineTable.Column;
import dev.stageline.statistics.InlineTable.Type;
import dev.stageline.statistics.OverdueReport.OverdueCase;
import dev.stageline.statistics.OverdueReport.OverdueStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Running steps and cases past their target. Rather than computing elapsed time in SQL (timestamp
 * arithmetic differs between databases), each target becomes a cutoff {@code now - target}: whatever
 * started before its cutoff and has not ended is overdue.
 */
@Repository
class OverdueQueries {

  private static final String STEPS = """
      SELECT p.PROC_DEF_KEY_ AS blueprint_key, a.ACT_ID_ AS step_id, a.ACT_NAME_ AS step_name,
             a.PROC_INST_ID_ AS case_id, p.BUSINESS_KEY_ AS business_key, a.START_TIME_ AS started,
             o.target_ms AS target_ms, a.ASSIGNEE_ AS assignee
      FROM ACT_HI_ACTINST a
      JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = a.PROC_INST_ID_
      JOIN %s ON o.definition_id = a.PROC_DEF_ID_ AND o.step_id = a.ACT_ID_
      WHERE a.END_TIME_ IS NULL AND a.START_TIME_ < o.cutoff
      ORDER BY a.START_TIME_, a.ID_
      """;

  private static final String CASES = """
      SELECT p.PROC_DEF_KEY_ AS blueprint_key, p.PROC_INST_ID_ AS case_id, p.BUSINESS_KEY_ AS business_key,
             p.START_TIME_ AS started, o.target_ms AS target_ms
      FROM ACT_HI_PROCINST p
      JOIN %s ON o.definition_id = p.PROC_DEF_ID_
      WHERE p.END_TIME_ IS NULL AND p.START_TIME_ < o.cutoff
      ORDER BY p.START_TIME_, p.ID_
      """;

  private final NamedParameterJdbcTemplate jdbc;

  OverdueQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Ids of the process definitions with running cases, of one blueprint key or (null) of all. */
  List<String> definitionsWithRunningCases(String key) {
    MapSqlParameterSource params = new MapSqlParameterSource("blueprintKey", key);
    String sql = "SELECT DISTINCT p.PROC_DEF_ID_ FROM ACT_HI_PROCINST p WHERE p.END_TIME_ IS NULL"
        + (key == null ? "" : " AND p.PROC_DEF_KEY_ = :blueprintKey");
    return jdbc.queryForList(sql, params, String.class);
  }

  /** Running steps past their target, given the model of each definition id. */
  List<OverdueStep> steps(Map<String, BlueprintModel> models, Instant now) {
    InlineTable deadlines = new InlineTable("o", new Column("definition_id", Type.TEXT),
        new Column("step_id", Type.TEXT), new Column("target_ms", Type.BIGINT), new Column("cutoff", Type.TIMESTAMP));
    models.forEach((definitionId, model) -> {
      for (Step step : model.steps()) {
        if (step.target() != null) {
          long target = step.target().durationMillis();
          deadlines.add(definitionId, step.id(), target, cutoff(now, target));
        }
      }
    });
    if (deadlines.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    return jdbc.query(STEPS.formatted(deadlines.sql(params)), params, (rs, row) -> {
      Instant started = started(rs);
      return new OverdueStep(rs.getString("blueprint_key"), rs.getString("step_id"), rs.getString("step_name"),
          rs.getString("case_id"), rs.getString("business_key"), started, elapsed(started, now),
          rs.getLong("target_ms"), rs.getString("assignee"));
    });
  }

  /** Running cases past their case target, given the model of each definition id. */
  List<OverdueCase> cases(Map<String, BlueprintModel> models, Instant now) {
    InlineTable deadlines = new InlineTable("o", new Column("definition_id", Type.TEXT),
        new Column("target_ms", Type.BIGINT), new Column("cutoff", Type.TIMESTAMP));
    models.forEach((definitionId, model) -> {
      if (model.caseTarget() != null) {
        long target = model.caseTarget().durationMillis();
        deadlines.add(definitionId, target, cutoff(now, target));
      }
    });
    if (deadlines.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    return jdbc.query(CASES.formatted(deadlines.sql(params)), params, (rs, row) -> {
      Instant started = started(rs);
      return new OverdueCase(rs.getString("blueprint_key"), rs.getString("case_id"), rs.getString("business_key"),
          started, elapsed(started, now), rs.getLong("target_ms"));
    });
  }

  private static Timestamp cutoff(Instant now, long targetMillis) {
    return Timestamp.from(now.minusMillis(targetMillis));
  }

  private static Instant started(ResultSet rs) throws SQLException {
    return rs.getTimestamp("started").toInstant();
  }

  private static long elapsed(Instant started, Instant now) {
    return now.toEpochMilli() - started.toEpochMilli();
  }
}
