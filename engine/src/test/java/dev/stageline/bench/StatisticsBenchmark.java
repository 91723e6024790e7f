package dev.stageline.bench;

import dev.stageline.bench.NaiveStatistics.Figures;
import dev.stageline.statistics.StatisticsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics report of one blueprint against the naive way, at growing history sizes.
 *
 * <p>History: {@link SeedCases} runs a few hundred real cases of the benchmark blueprint (and of a
 * second one, so the report must filter by blueprint) through the engine; {@link HistoryCopier} then
 * copies the engine-written rows of the ended cases with new ids until the blueprint has each size's
 * number of finished activity instances; the second blueprint grows alongside, at about a fifth.
 *
 * <p>At each size: {@link StatisticsService#report} (all versions, no window) is timed after a
 * warm-up, as is the naive way ({@link NaiveStatistics}: page every finished activity instance
 * through {@code HistoryService}, aggregate per step in Java), fewer times at large sizes. The
 * per-step figures of both must agree, or the benchmark fails. Settings:
 * {@code bench.statistics.sizes} (default 10000,100000,1000000).
 */
final class StatisticsBenchmark {

  private static final String SIZES = "10000,100000,1000000";

  private StatisticsBenchmark() {
  }

  static List<Table> run(BenchEngine engine) {
    long[] sizes = Arrays.stream(System.getProperty("bench.statistics.sizes", SIZES).split(","))
        .map(String::trim).filter(size -> !size.isEmpty()).mapToLong(Long::parseLong).sorted().toArray();
    StatisticsService statistics = engine.bean(StatisticsService.class);
    NaiveStatistics naive = new NaiveStatistics(engine);
    HistoryCopier copier = new HistoryCopier(engine.bean(JdbcTemplate.class));
    org.camunda.bpm.engine.RuntimeService runtime = engine.bean(org.camunda.bpm.engine.RuntimeService.class);

    long seeding = System.nanoTime();
    SeedCases.deploy(engine);
    new SeedCases(engine).run(400, 120);
    String seeded = "%d finished activity instances of %s from 400 cases run through the engine in %.0f s"
        .formatted(copier.finishedActivities(SeedCases.ORDER), SeedCases.ORDER, seconds(System.nanoTime() - seeding));

    Table table = new Table("Statistics report against the naive way (" + engine.databaseProduct() + ")",
        "finished activity instances", "SQL p50", "SQL p95", "HTTP p50", "naive p50", "naive p95", "speed-up",
        "identical", "history copied in");
    String goals = "not run (no size of 1M or more)";
    for (long size : sizes) {
      long growing = System.nanoTime();
      copier.growTo(SeedCases.ORDER, size, List.of(SeedCases.OTHER));
      copier.analyze();
      double copySeconds = seconds(System.nanoTime() - growing);
      long actual = copier.finishedActivities(SeedCases.ORDER);
      boolean large = actual > 200_000;

      // a write before each run, as in a live system: H2 answers a repeated query on unchanged tables from its last result
      Runnable live = () -> runtime.startProcessInstanceByKey(SeedCases.OTHER);
      Timing sql = Timing.of(large ? 2 : 3, large ? 7 : 15, live,
          () -> statistics.report(SeedCases.ORDER, null, null, null));
      Timing http = Timing.of(1, large ? 5 : 10, live,
          () -> get(engine, "/api/blueprints/" + SeedCases.ORDER + "/statistics"));
      Timing slow = Timing.of(large ? 0 : 1, large ? 3 : 5, live, () -> naive.steps(SeedCases.ORDER));

      List<Figures> bySql = ((dev.stageline.statistics.StatisticsReport) sql.last()).steps().stream()
          .map(Figures::of).toList();
      @SuppressWarnings("unchecked")
      List<Figures> byNaive = (List<Figures>) slow.last();
      if (bySql.size() != byNaive.size()
          || !java.util.stream.IntStream.range(0, bySql.size()).allMatch(i -> bySql.get(i).agrees(byNaive.get(i)))) {
        throw new IllegalStateException("At " + actual + " activity instances the report and the naive way differ:\n"
            + bySql + "\n" + byNaive);
      }
      double speedUp = slow.p50() / sql.p50();
      if (actual >= 1_000_000) {
        goals = "SQL p95 < 1 s " + (sql.p95() < 1000 ? "met" : "MISSED") + " (" + ms(sql.p95()) + "), ≥ 25× faster "
            + (speedUp >= 25 ? "met" : "MISSED") + " (" + Table.fixed(speedUp, 1) + "×)";
      }
      table.row(String.format("%,d", actual), ms(sql.p50()), ms(sql.p95()), ms(http.p50()), ms(slow.p50()),
          ms(slow.p95()), Table.fixed(speedUp, 1) + "×", "yes", Table.fixed(copySeconds, 1) + " s");
    }
    return List.of(table
        .note("History: " + seeded + " (durations log-normally spread so that some targets are missed; every 40th "
            + "case deleted at Cook, whose cancelled activity both ways leave out; 5 left running), and 120 cases of "
            + SeedCases.OTHER + ". Larger sizes copy the ended cases' rows in ACT_HI_PROCINST, ACT_HI_ACTINST, "
            + "ACT_HI_TASKINST and ACT_HI_IDENTITYLINK with new ids (INSERT ... SELECT, a batch of copies per "
            + "statement, the same SQL on H2 and PostgreSQL), copying " + SeedCases.OTHER + " as many times; "
            + "then ANALYZE. \"history copied in\" is the time that took.")
        .note("SQL: StatisticsService.report (cases, running cases, steps, layers, staff, wait and work) for "
            + SeedCases.ORDER + ", all versions, no window; 15 timed runs after 3 warm-ups (7 after 2 above 200k). "
            + "Before each run (untimed) a " + SeedCases.OTHER + " case is started: H2 would otherwise answer a repeated "
            + "query from its cached last result, as it does only while no table changes. "
            + "HTTP: GET /api/blueprints/" + SeedCases.ORDER + "/statistics over loopback with Basic auth. Naive: "
            + "every finished activity instance paged through HistoryService.createHistoricActivityInstanceQuery() "
            + "(pages of " + NaiveStatistics.PAGE + ", by id) and count, mean, p50, p90 and within-target share "
            + "per step computed in Java (pages as large as the Java API allows: each page is an OFFSET query, so pages "
            + "of 1,000 took 75 s at 100k and would take hours at 1M); 5 timed runs after 1 warm-up (3, no warm-up, "
            + "above 200k). Speed-up = "
            + "naive p50 ÷ SQL p50. identical: same count and share per step, durations equal after rounding "
            + "to whole milliseconds (a difference fails the benchmark).")
        .note("Goals at 1M: " + goals + "."));
  }

  /** Latencies of repeated runs of one action, in milliseconds. */
  record Timing(double[] millis, Object last) {

    /** Runs {@code before} (untimed) before each run of {@code action}. */
    static Timing of(int warmUps, int runs, Runnable before, Supplier<?> action) {
      for (int i = 0; i < warmUps; i++) {
        before.run();
        action.get();
      }
      double[] millis = new double[runs];
      Object last = null;
      for (int i = 0; i < runs; i++) {
        before.run();
        long start = System.nanoTime();
        last = action.get();
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      return new Timing(millis, last);
    }

    double p50() {
      return percentile(0.5);
    }

    double p95() {
      return percentile(0.95);
    }

    /** Interpolated as PERCENTILE_CONT, so p95 of few runs lies between the two slowest. */
    private double percentile(double p) {
      double position = p * (millis.length - 1);
      int below = (int) Math.floor(position);
      int above = Math.min(below + 1, millis.length - 1);
      return millis[below] + (position - below) * (millis[above] - millis[below]);
    }
  }

  private static String get(BenchEngine engine, String path) {
    String credentials = BenchEngine.ADMIN + ":" + BenchEngine.ADMIN_PASSWORD;
    HttpRequest request = HttpRequest.newBuilder(URI.create(engine.baseUrl() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String ms(double millis) {
    return millis >= 1000 ? Table.fixed(millis / 1000, 2) + " s" : Table.fixed(millis, millis < 10 ? 1 : 0) + " ms";
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
