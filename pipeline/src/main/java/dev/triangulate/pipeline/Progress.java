package dev.triangulate.pipeline;

import dev.triangulate.pipeline.transforms.Counts;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/**
 * The progress line a long run prints to stderr every few seconds:
 * {@code articles 12/50 (24%), 3.1 articles/s, ETA 0:13}. Done is every input dealt with (an
 * article or a reject); the total is the input listing, or the inputs read so far when that is
 * more (a JSONL file is one listed input of many articles). Runners that block until the job is
 * over (Flink) print nothing.
 */
final class Progress {
  static final Duration EVERY = Duration.standardSeconds(5);

  private Progress() {}

  /** Waits for the run to end, printing the progress line while it goes on; rethrows its failure. */
  static void follow(PipelineResult result, long listed, PrintStream out) {
    long started = System.nanoTime();
    PipelineResult.State state;
    while ((state = result.waitUntilFinish(EVERY)) == null || !state.isTerminal()) {
      long done = counter(result, Counts.ARTICLES) + counter(result, Counts.REJECTED);
      long total = Math.max(listed, counter(result, Counts.INPUTS));
      out.println(line(done, total, (System.nanoTime() - started) / 1_000_000));
    }
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics()
        .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.named(Counts.NAMESPACE, name)).build())
        .getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  static String line(long done, long total, long elapsedMillis) {
    double rate = elapsedMillis > 0 ? done * 1000.0 / elapsedMillis : 0;
    String eta = rate > 0 ? clock(Math.round(Math.max(0, total - done) / rate)) : "unknown";
    return String.format(Locale.ROOT, "articles %d/%d (%d%%), %.1f articles/s, ETA %s",
        done, total, total > 0 ? done * 100 / total : 0, rate, eta);
  }

  /** {@code 0:13}, {@code 12:05}, {@code 1:02:09}. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
