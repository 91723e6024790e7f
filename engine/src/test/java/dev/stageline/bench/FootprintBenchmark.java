package dev.stageline.bench;

import java.nio.file.Path;
import java.util.List;

/** Start-up time, heap and bundle size of the packaged application (to be written). */
final class FootprintBenchmark {

  private FootprintBenchmark() {
  }

  static List<Table> run(Path work) {
    throw new UnsupportedOperationException("the footprint benchmark is not written yet");
  }
}
