package dev.stageline.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Remembers that the database holds simulated demo history — when it was seeded and how many cases
 * — in the engine's property table, so it survives restarts without a table of our own.
 */
@Component
class DemoMarker {

  static final String SEEDED_AT = "stageline.demo.seededAt";
  static final String CASES = "stageline.demo.cases";

  /** Whether demo history was seeded, and if so when and how many cases. */
  record Status(boolean seeded, Instant seededAt, long cases) {

    static final Status NOT_SEEDED = new Status(false, null, 0);
  }

  private final ManagementService managementService;

  DemoMarker(ManagementService managementService) {
    this.managementService = managementService;
  }

  Status status() {
    Map<String, String> properties = managementService.getProperties();
    String seededAt = properties.get(SEEDED_AT);
    if (seededAt == null) {
      return Status.NOT_SEEDED;
    }
    try {
      return new Status(true, Instant.parse(seededAt), Long.parseLong(properties.getOrDefault(CASES, "0")));
    } catch (DateTimeParseException | NumberFormatException e) {
      // written by hand: it was seeded, the details are unknown
      return new Status(true, null, 0);
    }
  }

  void record(Instant seededAt, long cases) {
    managementService.setProperty(CASES, Long.toString(cases));
    managementService.setProperty(SEEDED_AT, seededAt.toString());
  }
}
