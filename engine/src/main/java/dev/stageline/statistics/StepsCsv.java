package dev.stageline.statistics;

import dev.stageline.statistics.StatisticsReport.StepFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps table of a report as RFC 4180 CSV: a header row, then one row per step; CRLF line
 * ends; a field is quoted (inner quotes doubled) when it holds a comma, quote or line break; numbers
 * are written plainly (no grouping, no exponent), durations in milliseconds; empty means null.
 */
final class StepsCsv {

  static final List<String> HEADER = List.of("id", "name", "layer", "type", "count", "mean", "p50", "p90", "p95",
      "max", "targetDuration", "targetShare", "withinShare", "meets", "waitP50", "waitMean", "workP50", "workMean");

  private static final String CRLF = "\r\n";

  private StepsCsv() {
  }

  static String write(List<StepFigures> steps) {
    StringBuilder csv = new StringBuilder(row(HEADER.stream().map(Object.class::cast)));
    for (StepFigures step : steps) {
      csv.append(row(Stream.of(step.id(), step.name(), step.layer(), step.type(), step.count(), step.mean(),
          step.p50(), step.p90(), step.p95(), step.max(), step.targetDuration(), step.targetShare(),
          step.withinShare(), step.meets(), step.waitP50(), step.waitMean(), step.workP50(), step.workMean())));
    }
    return csv.toString();
  }

  private static String row(Stream<Object> values) {
    return values.map(StepsCsv::field).collect(Collectors.joining(",")) + CRLF;
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof Double number ? BigDecimal.valueOf(number).toPlainString() : value.toString();
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
