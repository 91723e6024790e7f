package dev.stageline.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What it takes to run the packaged application ({@code bench.jar}): time from {@code java -jar}
 * to the first answered request, heap with a month of demo history in {@code -Xmx512m}, and the
 * size of the pages' scripts and styles ({@code bench.ui}) as a browser downloads them, gzipped.
 */
final class FootprintBenchmark {

  private static final String PASSWORD = "bench-secret";
  private static final Pattern GC_PAUSE = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private FootprintBenchmark() {
  }

  static List<Table> run(Path work) throws IOException {
    Path jar = Path.of(System.getProperty("bench.jar", "target/stageline.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the jar first");
    }
    Files.createDirectories(work);
    Table table = new Table("Footprint", "measure", "value", "how");
    Path empty = Files.createTempDirectory(work, "footprint-");
    try (Server first = Server.start(jar, empty, "512m", false)) {
      table.row("start-up, first start (empty H2 database, samples deployed)", seconds(first.startedMillis),
          "java -jar to the first answered request (GET /api/login-info)");
    }
    try (Server again = Server.start(jar, empty, "512m", false)) {
      table.row("start-up, later start", seconds(again.startedMillis), "same database again");
    }
    Path demo = Files.createTempDirectory(work, "footprint-demo-");
    try (Server server = Server.start(jar, demo, "512m", true)) {
      table.row("first start with demo history (seeding included)", seconds(server.startedMillis),
          "stageline.demo.enabled=true on an empty database");
      int calls = server.browseEverything();
      Heap heap = server.heapAfterFullGc();
      table.row("heap in use after a full GC, demo data loaded", heap.liveMiB + " MiB",
          "-Xmx512m, after " + calls + " API calls of every page; from -Xlog:gc");
      table.row("peak heap before a GC", heap.peakMiB + " MiB", "of " + heap.capacityMiB + " MiB committed");
    }
    Path ui = Path.of(System.getProperty("bench.ui", "../modeler-ui/target/classes/META-INF/resources"));
    table.row("modeler page: scripts and styles, gzipped", kib(pageBytes(ui, "modeler.html")),
        "what /modeler loads (" + kib(pageBytesRaw(ui, "modeler.html")) + " before gzip)");
    table.row("all pages: scripts and styles, gzipped", kib(allAssets(ui)), "every file in assets/ (*.js, *.css)");
    table.note("Each start is a new JVM of the packaged jar (java -Xmx512m -jar), on 127.0.0.1 with H2 in file mode;"
        + " gzip at level 6, as servers and CDNs typically send it.");
    return List.of(table);
  }

  /** A running packaged application, stopped (and its GC log read) on close. */
  private static final class Server implements AutoCloseable {

    private final Process process;
    private final Path gcLog;
    private final String base;
    private final long startedMillis;

    private Server(Process process, Path gcLog, String base, long startedMillis) {
      this.process = process;
      this.gcLog = gcLog;
      this.base = base;
      this.startedMillis = startedMillis;
    }

    static Server start(Path jar, Path dataDir, String heap, boolean demo) throws IOException {
      int port = freePort();
      Path gcLog = dataDir.resolve("gc-" + System.nanoTime() + ".log");
      long started = System.nanoTime();
      Process process = new ProcessBuilder("java", "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar",
          jar.toAbsolutePath().toString(), "--server.address=127.0.0.1", "--server.port=" + port,
          "--stageline.data-dir=" + dataDir.resolve("data"), "--stageline.admin.password=" + PASSWORD,
          "--stageline.demo.enabled=" + demo)
          .redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + port + ".log").toFile()).start();
      String base = "http://127.0.0.1:" + port;
      long deadline = started + Duration.ofMinutes(5).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the server stopped on start; see " + dataDir);
        }
        if (status(base + "/api/login-info", null) == 200) {
          return new Server(process, gcLog, base, (System.nanoTime() - started) / 1_000_000);
        }
        sleep(50);
      }
      process.destroyForcibly();
      throw new IllegalStateException("the server did not answer within 5 minutes; see " + dataDir);
    }

    /** Reads what every page reads, for every sample blueprint; returns the number of calls. */
    int browseEverything() {
      List<String> paths = new ArrayList<>(List.of("/api/me", "/api/blueprints", "/api/tasks", "/api/cases",
          "/api/overdue", "/api/admin/users", "/api/about"));
      for (String key : List.of("fast-food-order", "same-day-repair", "hotline-call", "appliance-delivery",
          "complaint-handling")) {
        paths.addAll(List.of("/api/blueprints/" + key, "/api/blueprints/" + key + "/statistics",
            "/api/blueprints/" + key + "/statistics/trend", "/api/blueprints/" + key + "/statistics.csv",
            "/api/blueprints/" + key + "/overdue", "/api/cases?blueprint=" + key));
      }
      for (String path : paths) {
        int status = status(base + path, "admin:" + PASSWORD);
        if (status != 200) {
          throw new IllegalStateException("GET " + path + " answered " + status);
        }
      }
      return paths.size();
    }

    Heap heapAfterFullGc() throws IOException {
      run("jcmd", Long.toString(process.pid()), "GC.run");
      sleep(1000);
      long peak = 0;
      long live = 0;
      long capacity = 0;
      for (String line : Files.readAllLines(gcLog)) {
        Matcher pause = GC_PAUSE.matcher(line);
        if (pause.find()) {
          peak = Math.max(peak, Long.parseLong(pause.group(1)));
          live = Long.parseLong(pause.group(2));
          capacity = Long.parseLong(pause.group(3));
        }
      }
      return new Heap(live, peak, capacity);
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private record Heap(long liveMiB, long peakMiB, long capacityMiB) {
  }

  private static int status(String url, String credentials) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    if (credentials != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The scripts and styles an HTML page links to, gzipped. */
  private static long pageBytes(Path ui, String page) throws IOException {
    long total = 0;
    for (Path asset : linkedAssets(ui, page)) {
      total += gzipped(asset);
    }
    return total;
  }

  private static long pageBytesRaw(Path ui, String page) throws IOException {
    long total = 0;
    for (Path asset : linkedAssets(ui, page)) {
      total += Files.size(asset);
    }
    return total;
  }

  private static List<Path> linkedAssets(Path ui, String page) throws IOException {
    Matcher link = Pattern.compile("(?:src|href)=\"/(assets/[^\"]+\\.(?:js|css))\"")
        .matcher(Files.readString(ui.resolve(page)));
    List<Path> assets = new ArrayList<>();
    while (link.find()) {
      assets.add(ui.resolve(link.group(1)));
    }
    return assets;
  }

  private static long allAssets(Path ui) throws IOException {
    long total = 0;
    try (var files = Files.list(ui.resolve("assets"))) {
      for (Path asset : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".css")).toList()) {
        total += gzipped(asset);
      }
    }
    return total;
  }

  private static long gzipped(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(Files.readAllBytes(file));
    }
    return out.size();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  private static void run(String... command) throws IOException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String seconds(long millis) {
    return Table.fixed(millis / 1000.0, 1) + " s";
  }

  private static String kib(long bytes) {
    return (bytes + 512) / 1024 + " KiB";
  }
}
