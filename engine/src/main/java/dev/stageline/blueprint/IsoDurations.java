package dev.stageline.blueprint;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO-8601 durations as blueprint targets use them: days, hours, minutes and seconds. */
public final class IsoDurations {

  private IsoDurations() {
  }

  /**
   * The positive number of milliseconds {@code value} stands for ({@code PT2M}, {@code P1D},
   * {@code P1DT4H}), or empty when it is missing, not ISO-8601, uses years or months (whose length
   * varies), or is not positive.
   */
  public static Optional<Long> parseMillis(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      Duration duration = Duration.parse(value.trim());
      return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration.toMillis());
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
