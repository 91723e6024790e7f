package dev.stageline.statistics;

import dev.stageline.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Times against targets (DESIGN §4–§5). {@code from} and {@code to} bound the end time of what is
 * counted: an ISO-8601 instant ({@code 2026-03-01T08:00:00Z}) or a date ({@code 2026-03-01}, from
 * midnight UTC); {@code to} is exclusive.
 */
@RestController
class StatisticsController {

  private final StatisticsService statistics;

  StatisticsController(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/api/blueprints/{key}/statistics")
  StatisticsReport report(@PathVariable String key, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Integer version) {
    return found(() -> statistics.report(key, version, instant("from", from), instant("to", to)));
  }

  @GetMapping("/api/blueprints/{key}/statistics/trend")
  List<DailyFigures> trend(@PathVariable String key, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String step) {
    return found(() -> statistics.trend(key, version, instant("from", from), instant("to", to), step));
  }

  @GetMapping("/api/blueprints/{key}/statistics.csv")
  ResponseEntity<String> csv(@PathVariable String key, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Integer version) {
    StatisticsReport report = found(() -> statistics.report(key, version, instant("from", from), instant("to", to)));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"" + key + "-steps.csv\"")
        .body(statistics.stepsCsv(report));
  }

  @GetMapping("/api/blueprints/{key}/overdue")
  OverdueReport overdue(@PathVariable String key) {
    return found(() -> statistics.overdue(key));
  }

  @GetMapping("/api/overdue")
  OverdueReport overdueEverywhere() {
    return statistics.overdue(null);
  }

  private static <T> T found(Supplier<T> query) {
    try {
      return query.get();
    } catch (NoSuchElementException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("The parameter '" + name + "' has the value '" + value
          + "'; give a date (2026-03-01) or an ISO-8601 instant (2026-03-01T08:00:00Z).");
    }
  }
}
