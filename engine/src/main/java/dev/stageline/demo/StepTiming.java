package dev.stageline.demo;

import dev.stageline.blueprint.BlueprintModel.Target;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * How long simulated steps of one blueprint take. Each step has its own typical pace, a median
 * between 40% and 85% of its target, so that some steps comfortably meet their service standard and
 * others miss it: the profile sets it for a few steps, the others get one drawn from their id (the
 * same in every installation). Single executions scatter log-normally around it, and a few drag on
 * far longer.
 */
final class StepTiming {

  private static final double FASTEST_PACE = 0.40;
  private static final double SLOWEST_PACE = 0.85;
  private static final double SCATTER = 0.35;
  private static final double TAIL_SHARE = 0.04;
  /** Steps without a target take about this long. */
  private static final long UNTARGETED_MILLIS = Duration.ofMinutes(10).toMillis();
  private static final long SHORTEST_MILLIS = 500;

  private final DemoProfile profile;
  private final Random random;
  private final Map<String, Double> paces = new HashMap<>();

  StepTiming(DemoProfile profile, Random random) {
    this.profile = profile;
    this.random = random;
  }

  /** How long one execution of step {@code stepId} takes. */
  Duration duration(String stepId, Target target) {
    long reference = target == null ? UNTARGETED_MILLIS : target.durationMillis();
    double pace = paces.computeIfAbsent(stepId, this::pace);
    double factor = pace * Math.exp(SCATTER * random.nextGaussian());
    if (random.nextDouble() < TAIL_SHARE) {
      factor *= 1.5 + 1.5 * random.nextDouble();
    }
    return Duration.ofMillis(Math.max(SHORTEST_MILLIS, Math.round(reference * factor)));
  }

  private double pace(String stepId) {
    Double chosen = profile.paces().get(stepId);
    if (chosen != null) {
      return chosen;
    }
    Random drawn = new Random((profile.key() + "#" + stepId).hashCode());
    return FASTEST_PACE + drawn.nextDouble() * (SLOWEST_PACE - FASTEST_PACE);
  }

  /** How long a task of {@code duration} waits before someone claims it: 5% to 40% of it. */
  Duration waitBeforeClaim(Duration duration) {
    return Duration.ofMillis(Math.round(duration.toMillis() * (0.05 + 0.35 * random.nextDouble())));
  }
}
