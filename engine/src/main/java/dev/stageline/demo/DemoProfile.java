package dev.stageline.demo;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * How busy one sample blueprint is in the demo history: cases per weekday, opening hours with
 * their busiest hours, how often each yes/no question is answered "yes" (the happy path), and the
 * prefix of its business keys.
 *
 * @param casesPerDay mean number of new cases, Monday to Sunday
 * @param opens first hour (local time) at which cases start
 * @param closes hour at which the last cases have started
 * @param peaks hours around which cases bunch
 * @param yesShares share of "yes" per boolean form field; other fields get {@link #DEFAULT_YES_SHARE}
 * @param paces typical duration as a share of the target for the steps the story needs (a
 *     bottleneck, a team well ahead); other steps get one drawn from their id
 */
record DemoProfile(String key, String prefix, List<Double> casesPerDay, int opens, int closes, List<Integer> peaks,
    Map<String, Double> yesShares, Map<String, Double> paces) {

  static final double DEFAULT_YES_SHARE = 0.85;

  /** The five sample blueprints, busiest first. */
  static final List<DemoProfile> SAMPLES = List.of(
      // lunch and dinner rush, busier at weekends
      // the grill cannot keep up when items must be cooked fresh
      new DemoProfile("fast-food-order", "FF", List.of(20.0, 20.0, 22.0, 24.0, 26.0, 30.0, 26.0), 10, 22,
          List.of(12, 18), Map.of("allItemsReady", 0.85), Map.of("Task_Greet", 0.45, "Task_CookFresh", 0.8)),
      // second-level support is overloaded: the 4-hour update call is due in about one ticket in five
      new DemoProfile("hotline-call", "HL", List.of(20.0, 18.0, 17.0, 17.0, 15.0, 8.0, 0.0), 8, 20,
          List.of(9, 14), Map.of("resolvedFirstCall", 0.78), Map.of("Task_Answer", 0.5, "Task_Solve", 0.75)),
      new DemoProfile("same-day-repair", "SR", List.of(7.0, 6.0, 6.0, 6.0, 5.0, 2.0, 0.0), 7, 13,
          List.of(8, 10), Map.of("partsOnVan", 0.8), Map.of("Task_Travel", 0.75)),
      // the warehouse is the slow link; follow-up calls come after about two weeks
      new DemoProfile("appliance-delivery", "AD", List.of(4.0, 3.0, 3.0, 4.0, 4.0, 5.0, 0.0), 9, 19,
          List.of(11, 17), Map.of("testPassed", 0.9), Map.of("Task_PickLoad", 0.8, "Task_FollowUp", 0.5)),
      new DemoProfile("complaint-handling", "CH", List.of(4.0, 3.0, 3.0, 3.0, 3.0, 1.0, 0.0), 8, 18,
          List.of(10, 14), Map.of("accepted", 0.75), Map.of("Task_Identify", 0.45)));

  double casesOn(DayOfWeek day) {
    return casesPerDay.get(day.getValue() - 1);
  }

  double yesShare(String field) {
    return yesShares.getOrDefault(field, DEFAULT_YES_SHARE);
  }

  /** The business key of the {@code number}th case, e.g. {@code FF-0412}. */
  String businessKey(int number) {
    return "%s-%04d".formatted(prefix, number);
  }
}
