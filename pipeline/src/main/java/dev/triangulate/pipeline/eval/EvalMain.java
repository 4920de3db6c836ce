package dev.triangulate.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code triangulate eval emergent [--data=PATH] [--limit=N]}: scores claim discovery against the
 * Emergent data and prints one table. Exit status 0 on success, 2 for bad arguments or a missing
 * data file, 1 when the run failed.
 */
public final class EvalMain {
  static final String USAGE = "Usage: triangulate eval emergent [--data=PATH] [--limit=N]";
  /** Relative to the project root, where the launcher runs; the data lives outside the project. */
  static final String DEFAULT_DATA = "../shared/data/emergent/train.csv";

  record Args(Path data, long limit) {
    static Args parse(String[] args) {
      if (args.length == 0 || !args[0].equals("emergent")) {
        throw new IllegalArgumentException("expected the data set name \"emergent\"");
      }
      Path data = Path.of(DEFAULT_DATA);
      long limit = Long.MAX_VALUE;
      for (String arg : List.of(args).subList(1, args.length)) {
        if (arg.startsWith("--data=")) {
          data = Path.of(arg.substring("--data=".length()));
        } else if (arg.startsWith("--limit=")) {
          limit = positive(arg.substring("--limit=".length()));
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      return new Args(data, limit);
    }

    private static long positive(String value) {
      try {
        long n = Long.parseLong(value);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the same message as a non-positive number
      }
      throw new IllegalArgumentException("--limit must be a positive whole number, got " + value);
    }
  }

  private EvalMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Args parsed;
    try {
      parsed = Args.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("triangulate eval: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    if (!Files.isRegularFile(parsed.data())) {
      System.err.println("triangulate eval: no data file at " + parsed.data().toAbsolutePath().normalize() + " (use --data=PATH)");
      return 2;
    }
    try {
      List<Headline> headlines = EmergentData.read(parsed.data(), parsed.limit());
      if (headlines.isEmpty()) {
        System.err.println("triangulate eval: no rows in " + parsed.data());
        return 2;
      }
      print(headlines.size(), EmergentEval.run(headlines));
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("triangulate eval: run failed: " + e);
      return 1;
    }
  }

  private static void print(int headlines, List<EmergentEval.Result> results) {
    System.out.printf(Locale.ROOT, "emergent claim discovery, %d headlines, B-cubed against the gold claims%n", headlines);
    System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s%n", "system", "precision", "recall", "f1", "coverage");
    for (EmergentEval.Result r : results) {
      String coverage = r.coverage().isPresent() ? String.format(Locale.ROOT, "%.3f", r.coverage().getAsDouble()) : "-";
      System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9s%n",
          r.system(), r.scores().precision(), r.scores().recall(), r.scores().f1(), coverage);
    }
  }
}
