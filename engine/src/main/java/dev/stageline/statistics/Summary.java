package dev.stageline.statistics;

import dev.stageline.blueprint.BlueprintModel.Target;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One aggregate row over a set of durations in milliseconds: count, mean, continuous percentiles,
 * max, total, and how many were within a target. Means and percentiles are rounded to whole
 * milliseconds here, after the database computed them.
 */
record Summary(long count, Long mean, Long p50, Long p90, Long p95, Long max, long total, long within) {

  static final Summary EMPTY = new Summary(0, null, null, null, null, null, 0, 0);

  /**
   * The select-list computing a summary of {@code duration} against {@code target} (both SQL
   * expressions; a null target counts nothing as within). Casting to DOUBLE PRECISION gives
   * PERCENTILE_CONT and AVG the same argument and result type on H2 and PostgreSQL.
   */
  static String columns(String duration, String target) {
    return """
        COUNT(*) AS n,
        AVG(CAST(%1$s AS DOUBLE PRECISION)) AS mean_ms,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(%1$s AS DOUBLE PRECISION)) AS p50_ms,
        PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY CAST(%1$s AS DOUBLE PRECISION)) AS p90_ms,
        PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY CAST(%1$s AS DOUBLE PRECISION)) AS p95_ms,
        MAX(%1$s) AS max_ms,
        SUM(%1$s) AS total_ms,
        SUM(CASE WHEN %1$s <= %2$s THEN 1 ELSE 0 END) AS within_n
        """.formatted(duration, target);
  }

  /** Reads the columns written by {@link #columns}. */
  static Summary read(ResultSet rs) throws SQLException {
    return new Summary(rs.getLong("n"), millis(rs, "mean_ms"), millis(rs, "p50_ms"), millis(rs, "p90_ms"),
        millis(rs, "p95_ms"), millis(rs, "max_ms"), rs.getLong("total_ms"), rs.getLong("within_n"));
  }

  /** A numeric column rounded to whole milliseconds, or null. */
  static Long millis(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    return value == null ? null : Math.round(((Number) value).doubleValue());
  }

  /** Share of executions within {@code target}; null without a target or without executions. */
  Double withinShare(Target target) {
    return target == null || count == 0 ? null : (double) within / count;
  }

  /** Whether the within share reaches the target share; null when that share is null. */
  Boolean meets(Target target) {
    Double share = withinShare(target);
    return share == null ? null : share >= target.share();
  }
}
