package dev.stageline.blueprint;

import java.time.Duration;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;

/**
 * A timer cycle repeats at most once a minute ({@link #SHORTEST_INTERVAL}): a faster one would
 * keep the engine busy with jobs (and a timer start event would start a case every few seconds).
 * The cycle is read as the engine reads it — an ISO-8601 repeating interval ({@code R/PT1H},
 * {@code R5/PT10M}, {@code R/2025-01-01T08:00:00/P1D}) or, otherwise, a cron expression
 * ({@code 0 0 9 * * ?}) — and must be written out, not given as an expression, so its interval
 * can be checked before deployment.
 */
final class TimerCycleRule implements BlueprintRule {

  /** The shortest interval at which a timer cycle may repeat. */
  static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

  /** Enough firings of a cron cycle to see two within one minute when its seconds field has several values. */
  private static final int CRON_FIRINGS = 4;

  private static final Pattern WEEKS = Pattern.compile("P\\d+W");

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (XmlTree.isBpmn(element) && "timeCycle".equals(element.getLocalName())) {
        check(bpmn, element, XmlTree.ownText(element).strip(), problems);
      }
    }
  }

  private static void check(BpmnModelInstance bpmn, Element element, String cycle, Problems problems) {
    String id = XmlTree.ownerId(bpmn, element);
    String label = XmlTree.ownerLabel(bpmn, element);
    if (cycle.contains("${") || cycle.contains("#{")) {
      problems.error(id, label + " has its timer cycle given as an expression ('" + cycle + "'): write the cycle"
          + " itself, e.g. R/PT1H, so Stageline can check that it repeats at most once a minute.");
      return;
    }
    Optional<Duration> interval;
    try {
      interval = cycle.startsWith("R") ? isoInterval(cycle) : cronInterval(cycle);
    } catch (Exception e) {
      problems.error(id, label + " has the timer cycle '" + cycle + "', which is neither an ISO-8601 repeating"
          + " interval (e.g. R/PT1H, R5/P1D) nor a cron expression (e.g. 0 0 9 * * ?).");
      return;
    }
    if (interval.isPresent() && interval.get().compareTo(SHORTEST_INTERVAL) < 0) {
      problems.error(id, label + " has the timer cycle '" + cycle + "', which repeats " + describe(interval.get())
          + ": a timer may repeat at most once a minute. Use a longer interval, e.g. R/PT1M or R/PT1H.");
    }
  }

  /**
   * The interval between repetitions of an ISO-8601 repeating interval ({@code R[n]/[start/]period},
   * {@code R[n]/period/end} or {@code R[n]/start/end}), or empty when it fires at most once.
   */
  private static Optional<Duration> isoInterval(String cycle) throws Exception {
    new DurationHelper(cycle, new Date()); // the engine's own reading: throws on what it cannot read
    String[] parts = cycle.split("/");
    String repetitions = parts[0].substring(1);
    if (!repetitions.isEmpty() && Integer.parseInt(repetitions) <= 1) {
      return Optional.empty();
    }
    if (parts.length == 3 && !parts[1].startsWith("P") && !parts[2].startsWith("P")) {
      Date start = DateTimeUtil.parseDate(parts[1]);
      Date end = DateTimeUtil.parseDate(parts[2]);
      return Optional.of(Duration.ofMillis(end.getTime() - start.getTime()));
    }
    String period = parts[1].startsWith("P") ? parts[1] : parts[2];
    if (WEEKS.matcher(period).matches()) {
      return Optional.of(Duration.ofDays(7L * Long.parseLong(period.substring(1, period.length() - 1))));
    }
    GregorianCalendar from = new GregorianCalendar();
    return Optional.of(Duration.ofMillis(datatypes().newDuration(period).getTimeInMillis(from)));
  }

  /** The shortest time between the next few firings of a cron cycle, or empty when it fires at most once. */
  private static Optional<Duration> cronInterval(String cycle) throws Exception {
    CronTimer cron = CronTimer.parse(cycle);
    Date previous = cron.getDueDate(new Date());
    Duration shortest = null;
    for (int i = 1; i < CRON_FIRINGS && previous != null; i++) {
      Date next = cron.getDueDate(previous);
      if (next == null || !next.after(previous)) {
        break;
      }
      Duration gap = Duration.between(previous.toInstant(), next.toInstant());
      shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
      previous = next;
    }
    return Optional.ofNullable(shortest);
  }

  private static DatatypeFactory datatypes() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Completes "which repeats …". */
  private static String describe(Duration interval) {
    long seconds = interval.getSeconds();
    if (seconds < 1) {
      return "more than once a second";
    }
    return seconds == 1 ? "every second" : "every " + seconds + " seconds";
  }
}
