package dev.stageline.bench;

import java.util.List;

/** The statistics query against the naive way, at growing history sizes (to be written). */
final class StatisticsBenchmark {

  private StatisticsBenchmark() {
  }

  static List<Table> run(BenchEngine engine) {
    throw new UnsupportedOperationException("the statistics benchmark is not written yet");
  }
}
