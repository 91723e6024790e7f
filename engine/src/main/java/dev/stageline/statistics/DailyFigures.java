package dev.stageline.statistics;

import java.time.LocalDate;

/**
 * Completed cases (or executions of one step) that ended on {@code day}: how many, their median
 * and 90th percentile duration in milliseconds, and the share within target (null without a
 * target). Days are calendar days of the database's stored end times.
 */
public record DailyFigures(LocalDate day, long count, Long p50, Long p90, Double withinShare) {
}
