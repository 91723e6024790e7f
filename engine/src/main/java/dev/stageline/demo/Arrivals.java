package dev.stageline.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When the simulated cases of one blueprint start: a random number of cases each day around the
 * profile's mean for that weekday, within its opening hours, half of them bunched around its busy
 * hours. Local time is the JVM's zone, the one the engine writes history in.
 */
final class Arrivals {

  private static final ZoneId ZONE = ZoneId.systemDefault();
  /** Spread of the rush around a busy hour, in hours. */
  private static final double RUSH_SPREAD = 0.75;

  private final Random random;

  Arrivals(Random random) {
    this.random = random;
  }

  /** Start times in {@code [from, to)}, oldest first. */
  List<Instant> between(DemoProfile profile, Instant from, Instant to) {
    List<Instant> starts = new ArrayList<>();
    LocalDate last = to.atZone(ZONE).toLocalDate();
    for (LocalDate day = from.atZone(ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      int count = count(profile.casesOn(day.getDayOfWeek()));
      for (int i = 0; i < count; i++) {
        Instant start = at(day, hourOfDay(profile));
        if (!start.isBefore(from) && start.isBefore(to)) {
          starts.add(start);
        }
      }
    }
    starts.sort(null);
    return starts;
  }

  /** A number of cases around {@code mean}: Poisson for small means, its normal approximation for large ones. */
  private int count(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 20) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** An hour of the day as a fraction (9.5 is half past nine) within the profile's opening hours. */
  private double hourOfDay(DemoProfile profile) {
    double hour;
    if (random.nextBoolean()) {
      hour = profile.opens() + random.nextDouble() * (profile.closes() - profile.opens());
    } else {
      int peak = profile.peaks().get(random.nextInt(profile.peaks().size()));
      hour = peak + random.nextGaussian() * RUSH_SPREAD;
    }
    return Math.min(profile.closes(), Math.max(profile.opens(), hour));
  }

  private static Instant at(LocalDate day, double hour) {
    long seconds = Math.round(hour * 3600);
    ZonedDateTime midnight = day.atStartOfDay(ZONE);
    return midnight.plusSeconds(seconds).toInstant();
  }
}
