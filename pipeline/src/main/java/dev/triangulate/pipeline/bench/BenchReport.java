package dev.triangulate.pipeline.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What the bench prints: one line per repeat as it finishes, then the medians. */
final class BenchReport {
  private BenchReport() {}

  static void progress(int repeat, Bench.Repeat r) {
    System.out.printf(Locale.ROOT,
        "repeat %d: bare 1 thread %.1f s, pipeline 1 worker %.1f s, bare 2 threads %.1f s, pipeline 2 workers %.1f s;"
            + " b/a %.3f (1), %.3f (2), in CPU %.3f (1), %.3f (2); speed-up bare %.2fx, pipeline %.2fx%n",
        repeat, r.bare1().seconds(), r.pipeline1().pass().seconds(), r.bare2().seconds(), r.pipeline2().pass().seconds(),
        r.ratio(1), r.ratio(2), r.cpuRatio(1), r.cpuRatio(2), r.bareSpeedUp(), r.pipelineSpeedUp());
  }

  static void summary(List<Bench.Repeat> repeats) {
    System.out.printf(Locale.ROOT, "%nmedians of %d repeats%n", repeats.size());
    System.out.printf(Locale.ROOT, "%-18s %7s %9s %9s %9s %9s %12s %7s %7s%n",
        "", "workers", "tokens", "seconds", "tokens/s", "CPU s", "tokens/CPU s", "GC s", "JIT s");
    row(repeats, "(a) bare CoreNLP", 1, Bench.Repeat::bare1);
    row(repeats, "(b) pipeline", 1, r -> r.pipeline1().pass());
    row(repeats, "(a) bare CoreNLP", 2, Bench.Repeat::bare2);
    row(repeats, "(b) pipeline", 2, r -> r.pipeline2().pass());
    System.out.printf(Locale.ROOT, "ratio b/a (tokens/s): %.3f with 1 worker, %.3f with 2 workers%n",
        median(repeats, r -> r.ratio(1)), median(repeats, r -> r.ratio(2)));
    System.out.printf(Locale.ROOT, "ratio b/a (tokens/CPU s): %.3f with 1 worker, %.3f with 2 workers%n",
        median(repeats, r -> r.cpuRatio(1)), median(repeats, r -> r.cpuRatio(2)));
    System.out.printf(Locale.ROOT,
        "speed-up 1 -> 2 workers: bare CoreNLP %.2fx, pipeline %.2fx; pipeline's / bare's %.0f%%%n",
        median(repeats, Bench.Repeat::bareSpeedUp), median(repeats, Bench.Repeat::pipelineSpeedUp),
        100 * median(repeats, r -> r.pipelineSpeedUp() / r.bareSpeedUp()));
    System.out.printf(Locale.ROOT, "grouping + scoring (2 workers, time inside their DoFns):%n");
    System.out.printf(Locale.ROOT, "%8s %9s %9s %9s %9s %15s%n", "corpus", "articles", "rejected", "mentions", "millis", "micros/mention");
    for (int i = 0; i < Bench.FRACTIONS.length; i++) {
      int at = i;
      stageRow(repeats, Bench.FRACTIONS[i] + "x", r -> r.fractions().get(at));
    }
    stageRow(repeats, "1x", Bench.Repeat::pipeline2);
  }

  private static void row(List<Bench.Repeat> repeats, String what, int workers, Function<Bench.Repeat, Pass> pass) {
    System.out.printf(Locale.ROOT, "%-18s %7d %9d %9.1f %9.0f %9.1f %12.0f %7.1f %7.1f%n", what, workers, pass.apply(repeats.get(0)).tokens(),
        median(repeats, r -> pass.apply(r).seconds()), median(repeats, r -> pass.apply(r).tokensPerSecond()),
        median(repeats, r -> pass.apply(r).cpuNanos() / 1e9), median(repeats, r -> pass.apply(r).tokensPerCpuSecond()),
        median(repeats, r -> pass.apply(r).gcMillis() / 1e3), median(repeats, r -> pass.apply(r).jitMillis() / 1e3));
  }

  private static void stageRow(List<Bench.Repeat> repeats, String corpus, Function<Bench.Repeat, PipelinePass.Result> run) {
    PipelinePass.Result first = run.apply(repeats.get(0));
    double millis = median(repeats, r -> run.apply(r).groupScoreMillis());
    System.out.printf(Locale.ROOT, "%8s %9d %9d %9d %9.0f %15.1f%n", corpus, first.articles(), first.rejected(),
        first.mentions(), millis, first.mentions() == 0 ? 0 : 1000 * millis / first.mentions());
  }

  static <T> double median(List<T> repeats, ToDoubleFunction<T> value) {
    double[] sorted = repeats.stream().mapToDouble(value).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
