package dev.triangulate.pipeline.bench;

import dev.triangulate.scoring.nlp.NlpPipeline;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code triangulate bench [--data=DIR] [--limit=N] [--repeats=N]}: bare CoreNLP against the whole
 * pipeline on the FNC-1 bodies, 1 and 2 workers, in one JVM; prints each repeat and the medians.
 * {@code triangulate bench watchlist ...}: the cost of reading articles against a watchlist ({@link WatchlistCost}).
 * Exit status 0 on success, 2 for bad arguments or missing data, 1 when the run failed.
 */
public final class BenchMain {
  static final String USAGE =
      "Usage: triangulate bench [--data=DIR] [--limit=N] [--repeats=N] [--paraphrases=false]\n"
          + "       triangulate bench watchlist [--data=DIR] [--limit=N] [--repeats=N]";
  /** Relative to the project root, where the launcher runs; the data lives outside the project. */
  static final String DEFAULT_DATA = "../shared/data";
  static final String CORPUS = "fnc1/train_bodies.csv";

  /** {@code paraphrases}: the pipeline's --paraphrases (the sentence encoder runs beside CoreNLP). */
  record Args(Path corpus, long limit, int repeats, boolean paraphrases) {
    static Args parse(String[] args) {
      Path data = Path.of(DEFAULT_DATA);
      long limit = Long.MAX_VALUE;
      int repeats = 3;
      boolean paraphrases = true;
      for (String arg : args) {
        String value = arg.substring(arg.indexOf('=') + 1);
        if (arg.startsWith("--data=")) {
          data = Path.of(value);
        } else if (arg.startsWith("--limit=")) {
          limit = positive("--limit", value);
        } else if (arg.startsWith("--repeats=")) {
          repeats = (int) Math.min(positive("--repeats", value), 100);
        } else if (arg.equals("--paraphrases=false") || arg.equals("--paraphrases=true")) {
          paraphrases = Boolean.parseBoolean(value);
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      return new Args(data.resolve(CORPUS), limit, repeats, paraphrases);
    }

    private static long positive(String name, String value) {
      if (value.matches("[0-9]{1,18}") && Long.parseLong(value) > 0) {
        return Long.parseLong(value);
      }
      throw new IllegalArgumentException(name + " must be a positive whole number, got " + value);
    }
  }

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    try {
      if (args.length > 0 && args[0].equals("watchlist")) {
        return watchlistCost(Args.parse(Arrays.copyOfRange(args, 1, args.length)));
      }
      return bench(Args.parse(args));
    } catch (IllegalArgumentException e) {
      return fail(2, e.getMessage() + "\n" + USAGE);
    }
  }

  /** The arguments parse; from here on an exception is the run failing (status 1), not a usage error. */
  private static int bench(Args parsed) {
    if (!Files.isRegularFile(parsed.corpus())) {
      return fail(2, "no corpus at " + parsed.corpus().toAbsolutePath().normalize() + " (use --data=DIR)");
    }
    try {
      List<FncBodies.Body> bodies = FncBodies.read(parsed.corpus(), parsed.limit());
      if (bodies.isEmpty()) {
        return fail(2, "no rows in " + parsed.corpus());
      }
      double loadAtStart = loadAverage();
      System.out.printf(Locale.ROOT, "triangulate bench: %d FNC-1 bodies from %s, %d repeats, %d CPUs, max heap %.1f GB%n",
          bodies.size(), parsed.corpus(), parsed.repeats(), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / 1e9);
      long started = System.nanoTime();
      NlpPipeline.shared();
      System.out.printf(Locale.ROOT, "CoreNLP (%s, depparse) loaded once in %.1f s, outside every timing below; pipeline --paraphrases=%s%n",
          NlpPipeline.properties().getProperty("annotators"), (System.nanoTime() - started) / 1e9, parsed.paraphrases());
      List<Bench.Repeat> repeats = Bench.run(bodies, parsed.repeats(), parsed.paraphrases());
      BenchReport.summary(repeats);
      OptionalLong peak = PeakRss.bytes();
      System.out.printf(Locale.ROOT, "peak RSS of this JVM over every pass (VmHWM): %s%n",
          peak.isPresent() ? String.format(Locale.ROOT, "%.2f GB", peak.getAsLong() / 1e9) : "unknown (no /proc/self/status)");
      System.out.printf(Locale.ROOT, "load average (1 min): %.2f at start, %.2f at end%n", loadAtStart, loadAverage());
      return 0;
    } catch (IOException | RuntimeException e) {
      return fail(1, "run failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(1, "interrupted");
    }
  }

  private static int watchlistCost(Args parsed) {
    try {
      return WatchlistCost.run(parsed.corpus().getParent().getParent(), parsed.limit(), parsed.repeats());
    } catch (IOException | RuntimeException e) {
      return fail(1, "run failed: " + e);
    }
  }

  private static int fail(int status, String message) {
    System.err.println("triangulate bench: " + message);
    return status;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
