package dev.stageline.bench;

import dev.stageline.StagelineApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application, started in the benchmark's JVM on a fresh database of its own and a free
 * loopback port: the benchmarks reach it over HTTP as a client would and, for comparison, through
 * the same engine's Java API and the same database.
 */
final class BenchEngine implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "bench-secret";

  private final ConfigurableApplicationContext context;
  private final Path dataDir;

  private BenchEngine(ConfigurableApplicationContext context, Path dataDir) {
    this.context = context;
    this.dataDir = dataDir;
  }

  /**
   * Starts the application. {@code datasourceUrl} null means the default embedded H2 file database
   * under a new directory in {@code workDir}.
   */
  static BenchEngine start(Path workDir, String datasourceUrl) {
    try {
      Files.createDirectories(workDir);
      Path dataDir = Files.createTempDirectory(workDir, "data-");
      SpringApplication application = new SpringApplication(StagelineApplication.class);
      List<String> args = new ArrayList<>(List.of(
          "--server.address=127.0.0.1",
          "--server.port=0",
          "--stageline.data-dir=" + dataDir,
          "--stageline.demo.enabled=false",
          "--stageline.admin.username=" + ADMIN,
          "--stageline.admin.password=" + ADMIN_PASSWORD,
          "--logging.level.root=WARN"));
      if (datasourceUrl != null) {
        args.add("--spring.datasource.url=" + datasourceUrl);
      }
      return new BenchEngine(application.run(args.toArray(String[]::new)), dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The database's product name and version, as its JDBC driver tells them. */
  String databaseProduct() {
    try (java.sql.Connection connection = bean(javax.sql.DataSource.class).getConnection()) {
      java.sql.DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("The benchmark database does not answer", e);
    }
  }


  @Override
  public void close() {
    context.close();
    if (Boolean.getBoolean("bench.keep-data")) {
      System.out.println("Benchmark database kept in " + dataDir);
      return;
    }
    // a statistics run leaves gigabytes of H2 file: each run starts on a new database anyway
    try (java.util.stream.Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the benchmark database in " + dataDir, e);
    }
  }
}
