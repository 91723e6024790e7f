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
import java.util.concurrent.TimeUnit;
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
    DriverFactory rawDriver = () -> (thread, n) -> rawCase(runtime, tasks, identity, thread, n);
    DriverFactory apiDriver = () -> new ApiClient(engine.baseUrl(), USER, BenchEngine.ADMIN_PASSWORD)::runCase;
    DriverFactory ceilingDriver = () -> new JdbcCeiling(engine.bean(DataSource.class), rows.definitionId(KEY))::runCase;

    Table table = new Table("Throughput: start → 3 user tasks → end, cases/s", "client threads", "/api over HTTP",
        "raw Java API", "/api ÷ raw", "JDBC ceiling", "raw ÷ ceiling", "CPU ms/case: /api", "raw", "ceiling");
    Map<String, Map<String, Long>> rowsPerCase = new LinkedHashMap<>();
    List<String> latencies = new ArrayList<>();
    java.util.Set<String> modes = java.util.Set.of(System.getProperty("bench.throughput.modes", "api,raw,ceiling")
        .split(","));
    for (int n : threads) {
      Rate raw = modes.contains("raw") ? measure("raw", rawDriver, n, warmup, seconds) : Rate.NONE;
      if (modes.contains("raw")) {
        rowsPerCase.putIfAbsent("raw Java API", rows.perCase(KEY, "raw-"));
      }
      ApiClient.resetLatencies();
      Rate api = modes.contains("api") ? measure("api", apiDriver, n, warmup, seconds) : Rate.NONE;
      if (modes.contains("api")) {
        rowsPerCase.putIfAbsent("/api", rows.perCase(KEY, "api-"));
        latencies.add(n + " threads: " + ApiClient.meanLatencies());
      }
      Rate ceiling = modes.contains("ceiling") ? measure("ceiling", ceilingDriver, n, warmup, seconds) : Rate.NONE;
      table.row(n, Table.fixed(api.casesPerSecond(), 1), Table.fixed(raw.casesPerSecond(), 1),
          Table.fixed(api.casesPerSecond() / raw.casesPerSecond(), 2), Table.fixed(ceiling.casesPerSecond(), 1),
          Table.fixed(raw.casesPerSecond() / ceiling.casesPerSecond(), 2), Table.fixed(api.cpuMillisPerCase(), 1),
          Table.fixed(raw.cpuMillisPerCase(), 1), Table.fixed(ceiling.cpuMillisPerCase(), 1));
    }
    rows.deleteCeilingRows();
    table.note("Each point: " + warmup + " s warm-up, then cases completed in " + seconds + " s. /api: the tasklist's"
        + " calls over loopback HTTP in a logged-in browser session (POST /api/blueprints/{key}/cases, then per task"
        + " GET /api/tasks and POST /api/tasks/{id}/complete, which claims and completes in one transaction)."
        + " Raw: RuntimeService.startProcessInstanceByKey, then per task TaskService query, claim and complete"
        + " (7 transactions per case) as the same user. Ceiling: plain JDBC inserting and updating the history rows"
        + " one engine case writes (" + describe(rowsPerCase.get("raw Java API")) + ") in 7 transactions per case;"
        + " runtime tables not included, so it is an upper bound. CPU ms/case: CPU time of the whole benchmark JVM"
        + " (clients, server, H2) per case in the measured seconds: the work a case costs, whatever else the machine does.");
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
  private static Rate measure(String name, DriverFactory factory, int threads, long warmupSeconds,
      long seconds) {
    AtomicLong completed = new AtomicLong();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // the CPU time of the measured seconds only: the warm-up's JIT compiling is not a case's cost
    java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long[] cpu = new long[2];
    clock.schedule(() -> cpu[0] = processCpuNanos(), warmupEnd - System.nanoTime(), TimeUnit.NANOSECONDS);
    clock.schedule(() -> cpu[1] = processCpuNanos(), end - System.nanoTime(), TimeUnit.NANOSECONDS);
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
      clock.shutdown();
      clock.awaitTermination(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException(name + " at " + threads + " threads failed", e);
    } finally {
      pool.shutdownNow();
      clock.shutdownNow();
    }
    Rate rate = new Rate(completed.get() / (double) seconds, (cpu[1] - cpu[0]) / 1e6 / completed.get());
    System.out.printf("throughput: %-8s %d threads: %.1f cases/s, %.1f ms CPU per case%n", name, threads,
        rate.casesPerSecond(), rate.cpuMillisPerCase());
    return rate;
  }

  /** Cases per second, and the CPU time of the whole JVM (clients and server) per case. */
  record Rate(double casesPerSecond, double cpuMillisPerCase) {

    static final Rate NONE = new Rate(Double.NaN, Double.NaN);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
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
