package dev.stageline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs Stageline's benchmarks and prints their tables (README, "Performance"):
 * {@code ./mvnw -B -Pbenchmarks -DskipTests package}. System properties choose what runs:
 * {@code bench.only} (comma-separated: throughput, statistics, footprint), {@code bench.datasource}
 * (a JDBC URL with user and password; default: a new embedded H2 file database), {@code bench.work}
 * (work directory), and the settings each benchmark documents.
 */
public final class Benchmarks {

  private Benchmarks() {
  }

  public static void main(String[] args) throws IOException {
    Set<String> only = Arrays.stream(System.getProperty("bench.only", "throughput,statistics,footprint").split(","))
        .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    Path work = Path.of(System.getProperty("bench.work", "target/bench"));
    String datasource = blankToNull(System.getProperty("bench.datasource"));
    List<Table> tables = new ArrayList<>();
    String database;
    if (only.contains("throughput") || only.contains("statistics")) {
      try (BenchEngine engine = BenchEngine.start(work, datasource)) {
        database = engine.databaseProduct();
        if (only.contains("throughput")) {
          tables.addAll(ThroughputBenchmark.run(engine));
        }
        if (only.contains("statistics")) {
          tables.addAll(StatisticsBenchmark.run(engine));
        }
      }
    } else {
      database = datasource == null ? "H2" : datasource;
    }
    if (only.contains("footprint")) {
      tables.addAll(FootprintBenchmark.run(work));
    }
    String report = header(database) + tables.stream().map(Table::markdown).collect(Collectors.joining("\n"));
    Files.createDirectories(work);
    Path file = work.resolve("benchmarks.md");
    Files.writeString(file, report);
    System.out.println();
    System.out.println(report);
    System.out.println("(also written to " + file.toAbsolutePath() + ")");
  }

  private static String header(String database) {
    Runtime runtime = Runtime.getRuntime();
    return "## Stageline benchmarks, " + LocalDate.now() + "\n\n"
        + "Machine: " + runtime.availableProcessors() + " cores, " + (physicalMemory() >> 30) + " GiB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), benchmark heap "
        + (runtime.maxMemory() >> 20) + " MiB; database " + database + ".\n\n";
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
