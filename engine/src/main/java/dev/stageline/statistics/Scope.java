package dev.stageline.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which history rows a statistic reads: one blueprint key, optionally one version (its process
 * definition id), and a window {@code [from, to)} on end time whose bounds are both optional.
 */
record Scope(String key, String definitionId, Instant from, Instant to) {

  /** Conditions on blueprint, version and window for the history table aliased {@code alias}. */
  String window(String alias, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder(blueprint(alias, params));
    if (from != null) {
      sql.append(" AND ").append(alias).append(".END_TIME_ >= :windowFrom");
      params.addValue("windowFrom", Timestamp.from(from));
    }
    if (to != null) {
      sql.append(" AND ").append(alias).append(".END_TIME_ < :windowTo");
      params.addValue("windowTo", Timestamp.from(to));
    }
    return sql.toString();
  }

  /** Conditions on blueprint and version only, for the history table aliased {@code alias}. */
  String blueprint(String alias, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder(alias).append(".PROC_DEF_KEY_ = :blueprintKey");
    params.addValue("blueprintKey", key);
    if (definitionId != null) {
      sql.append(" AND ").append(alias).append(".PROC_DEF_ID_ = :definitionId");
      params.addValue("definitionId", definitionId);
    }
    return sql.toString();
  }
}
