package dev.triangulate.pipeline.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Time spent inside one stage's DoFns, summed over workers (milliseconds), reported in run.json.
 * A Beam metric rather than a wall clock because stages overlap in a streaming runner.
 */
final class StageTimer implements java.io.Serializable {
  private final Counter millis;
  /**
   * The part of a millisecond not yet counted. Grouping and scoring take microseconds per element:
   * rounding each one down would report them as zero however many elements there are.
   */
  private long carriedNanos;

  StageTimer(String stage) {
    this.millis = Metrics.counter(Counts.STAGE_MILLIS, stage);
  }

  long start() {
    return System.nanoTime();
  }

  void stop(long started) {
    long nanos = carriedNanos + System.nanoTime() - started;
    millis.inc(nanos / 1_000_000);
    carriedNanos = nanos % 1_000_000;
  }
}
