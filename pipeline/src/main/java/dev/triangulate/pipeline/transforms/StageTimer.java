package dev.triangulate.pipeline.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Time spent inside one stage's DoFns, summed over workers (milliseconds), reported in run.json.
 * A Beam metric rather than a wall clock because stages overlap in a streaming runner.
 */
final class StageTimer implements java.io.Serializable {
  private final Counter millis;

  StageTimer(String stage) {
    this.millis = Metrics.counter(Counts.STAGE_MILLIS, stage);
  }

  long start() {
    return System.nanoTime();
  }

  void stop(long started) {
    millis.inc((System.nanoTime() - started) / 1_000_000);
  }
}
