package dev.stageline.bench;

import dev.stageline.blueprint.BlueprintService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases per second of a start → three user tasks → end blueprint, driven to completion at 1, 2
 * and 4 client threads in three ways on one engine and database: through {@code /api} over
 * loopback HTTP as the tasklist does it, through the raw Camunda Java API, and as plain JDBC
 * writing the same history rows in the same number of transactions (the ceiling).
 *
 * <p>Settings (system properties): {@code bench.threads} (1,2,4), {@code bench.throughput.seconds}
 * measured per point (15), {@code bench.throughput.warmup} seconds before each point (5).
 */
final class ThroughputBenchmark {

  static final String KEY = "bench-three-steps";
  static final String USER = BenchEngine.ADMIN;

  private ThroughputBenchmark() {
  }

  /** One way of driving a case from start to end; {@code n} numbers the cases of a thread. */
  interface CaseDriver {
    void runCase(int thread, long n) throws Exception;
  }

  /** A client thread's driver; created on the thread that uses it. */
  interface DriverFactory {
    CaseDriver create() throws Exception;
  }

  static List<Table> run(BenchEngine engine) {
    deploy(engine);
    List<Integer> threads = integers(System.getProperty("bench.threads", "1,2,4"));
    long seconds = Long.getLong("bench.throughput.seconds", 15);
    long warmup = Long.getLong("bench.throughput.warmup", 5);
    JdbcTemplate jdbc = new JdbcTemplate(engine.bean(DataSource.class));
    HistoryRows rows = new HistoryRows(jdbc);

    RuntimeService runtime = engine.bean(RuntimeService.class);
    TaskService tasks = engine.bean(TaskService.class);
    IdentityService identity = engine.bean(IdentityService.class);
    DriverFactory raw = () -> (thread, n) -> rawCase(runtime, tasks, identity, thread, n);
    DriverFactory api = () -> new ApiClient(engine.baseUrl(), USER, BenchEngine.ADMIN_PASSWORD)::runCase;
    DriverFactory ceiling = () -> new JdbcCeiling(engine.bean(DataSource.class), rows.definitionId(KEY))::runCase;

    Table table = new Table("Throughput: start → 3 user tasks → end, cases/s", "client threads", "/api over HTTP",
        "raw Java API", "/api ÷ raw", "JDBC ceiling", "raw ÷ ceiling");
    Map<String, Map<String, Long>> rowsPerCase = new LinkedHashMap<>();
    List<String> latencies = new ArrayList<>();
    java.util.Set<String> modes = java.util.Set.of(System.getProperty("bench.throughput.modes", "api,raw,ceiling")
        .split(","));
    for (int n : threads) {
      double rawRate = modes.contains("raw") ? measure("raw", raw, n, warmup, seconds) : Double.NaN;
      if (modes.contains("raw")) {
        rowsPerCase.putIfAbsent("raw Java API", rows.perCase(KEY, "raw-"));
      }
      ApiClient.resetLatencies();
      double apiRate = modes.contains("api") ? measure("api", api, n, warmup, seconds) : Double.NaN;
      if (modes.contains("api")) {
        rowsPerCase.putIfAbsent("/api", rows.perCase(KEY, "api-"));
        latencies.add(n + " threads: " + ApiClient.meanLatencies());
      }
      double ceilingRate = modes.contains("ceiling") ? measure("ceiling", ceiling, n, warmup, seconds) : Double.NaN;
      table.row(n, Table.fixed(apiRate, 1), Table.fixed(rawRate, 1), Table.fixed(apiRate / rawRate, 2),
          Table.fixed(ceilingRate, 1), Table.fixed(rawRate / ceilingRate, 2));
    }
    rows.deleteCeilingRows();
    table.note("Each point: " + warmup + " s warm-up, then cases completed in " + seconds + " s. /api: the tasklist's"
        + " calls over loopback HTTP in a logged-in browser session (POST /api/blueprints/{key}/cases, then per task"
        + " GET /api/tasks and POST /api/tasks/{id}/complete, which claims and completes in one transaction)."
        + " Raw: RuntimeService.startProcessInstanceByKey, then per task TaskService query, claim and complete"
        + " (7 transactions per case) as the same user. Ceiling: plain JDBC inserting and updating the history rows"
        + " one engine case writes (" + describe(rowsPerCase.get("raw Java API")) + ") in 7 transactions per case;"
        + " runtime tables not included, so it is an upper bound.");
    table.note("History rows per case: " + rowsPerCase.entrySet().stream()
        .map(e -> e.getKey() + " " + describe(e.getValue())).reduce((a, b) -> a + "; " + b).orElse("") + ".");
    table.note("/api mean latency per call (client side, warm-up included): " + String.join("; ", latencies) + ".");
    return List.of(table);
  }

  private static void deploy(BenchEngine engine) {
    try (InputStream in = ThroughputBenchmark.class.getResourceAsStream("/bench/three-steps.bpmn")) {
      engine.bean(BlueprintService.class).deploy(in.readAllBytes(), USER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rawCase(RuntimeService runtime, TaskService tasks, IdentityService identity, int thread,
      long n) {
    identity.setAuthenticatedUserId(USER);
    try {
      String id = runtime.startProcessInstanceByKey(KEY, "raw-" + thread + "-" + n).getId();
      for (int step = 0; step < 3; step++) {
        Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
        tasks.claim(task.getId(), USER);
        tasks.complete(task.getId());
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Cases per second of {@code threads} clients, each driving one case at a time to its end. */
  private static double measure(String name, DriverFactory factory, int threads, long warmupSeconds,
      long seconds) {
    AtomicLong completed = new AtomicLong();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        clients.add(pool.submit(() -> {
          CaseDriver driver = factory.create();
          for (long n = 0; System.nanoTime() < end; n++) {
            driver.runCase(thread, n);
            long now = System.nanoTime();
            if (now > warmupEnd && now <= end) {
              completed.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(name + " at " + threads + " threads failed", e);
    } finally {
      pool.shutdownNow();
    }
    double rate = completed.get() / (double) seconds;
    System.out.printf("throughput: %-8s %d threads: %.1f cases/s%n", name, threads, rate);
    return rate;
  }

  private static List<Integer> integers(String list) {
    return java.util.Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }

  private static String describe(Map<String, Long> rows) {
    if (rows == null) {
      return "?";
    }
    return rows.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
