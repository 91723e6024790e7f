package dev.stageline.bench;

import java.util.List;

/** Cases per second through /api against the raw engine, and the JDBC ceiling (to be written). */
final class ThroughputBenchmark {

  private ThroughputBenchmark() {
  }

  static List<Table> run(BenchEngine engine) {
    throw new UnsupportedOperationException("the throughput benchmark is not written yet");
  }
}
