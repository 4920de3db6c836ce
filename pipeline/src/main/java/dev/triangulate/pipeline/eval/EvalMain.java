package dev.triangulate.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code triangulate eval emergent [--data=PATH] [--limit=N]}: scores claim discovery against the
 * Emergent data; {@code triangulate eval ptc [--data=DIR] [--limit=N]}: scores loaded-language
 * terms against the PTC propaganda spans. Each prints one table. Exit status 0 on success, 2 for
 * bad arguments or missing data, 1 when the run failed.
 */
public final class EvalMain {
  static final String USAGE =
      "Usage: triangulate eval emergent [--data=PATH] [--limit=N]\n       triangulate eval ptc [--data=DIR] [--limit=N]";
  /** Relative to the project root, where the launcher runs; the data lives outside the project. */
  static final String DEFAULT_DATA = "../shared/data/emergent/train.csv";
  static final String DEFAULT_PTC = "../shared/data/ptc";

  record Args(String name, Path data, long limit) {
    static Args parse(String[] args) {
      if (args.length == 0 || !(args[0].equals("emergent") || args[0].equals("ptc"))) {
        throw new IllegalArgumentException("expected the data set name \"emergent\" or \"ptc\"");
      }
      Path data = Path.of(args[0].equals("ptc") ? DEFAULT_PTC : DEFAULT_DATA);
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
      return new Args(args[0], data, limit);
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
    return parsed.name().equals("ptc") ? runPtc(parsed) : runEmergent(parsed);
  }

  private static int runEmergent(Args parsed) {
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

  private static int runPtc(Args parsed) {
    Path dir = parsed.data();
    if (!Files.isRegularFile(dir.resolve("train-task2-TC.labels")) || !Files.isDirectory(dir.resolve("articles"))) {
      System.err.println("triangulate eval: no PTC data (articles/ and train-task2-TC.labels) in "
          + dir.toAbsolutePath().normalize() + " (use --data=DIR)");
      return 2;
    }
    try {
      PtcEval.Result r = PtcEval.run(dir, parsed.limit());
      if (r.articles() == 0) {
        System.err.println("triangulate eval: no article<ID>.txt files in " + dir.resolve("articles"));
        return 2;
      }
      System.out.printf(Locale.ROOT,
          "ptc loaded language, %d articles, %d tokens, %d gold spans (Loaded_Language + Name_Calling,Labeling), %d flagged spans%n",
          r.articles(), r.tokens(), r.goldSpans(), r.predictedSpans());
      System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s%n", "overlap", "precision", "recall", "f1");
      for (var row : List.of(Map.entry("token", r.tokenScores()), Map.entry("span", r.spanScores()))) {
        System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f%n",
            row.getKey(), row.getValue().precision(), row.getValue().recall(), row.getValue().f1());
      }
      System.out.printf(Locale.ROOT, "article score vs gold spans per 100 tokens: Spearman rho = %.3f%n", r.spearman());
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
