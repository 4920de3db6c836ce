package dev.triangulate.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code triangulate eval emergent [--data=PATH] [--limit=N] [--discoveryThreshold=X]
 * [--matchThreshold=X] [--paraphrases=false]}: scores claim discovery and watchlist matching and stance against the
 * Emergent data; {@code triangulate eval ptc [--data=DIR] [--limit=N]}: scores loaded-language
 * terms against the PTC propaganda spans. Exit status 0 on success, 2 for bad arguments or
 * missing data, 1 when the run failed.
 */
public final class EvalMain {
  static final String USAGE =
      "Usage: triangulate eval emergent [--data=PATH] [--limit=N] [--discoveryThreshold=X] [--matchThreshold=X] [--paraphrases=false]\n"
          + "       triangulate eval ptc [--data=DIR] [--limit=N]";
  /** Pipeline options the Emergent evaluation passes through, to measure their effect. */
  private static final List<String> PIPELINE_FLAGS = List.of("--discoveryThreshold=", "--matchThreshold=", "--paraphrases=");
  /** Relative to the project root, where the launcher runs; the data lives outside the project. */
  static final String DEFAULT_DATA = "../shared/data/emergent/train.csv";
  static final String DEFAULT_PTC = "../shared/data/ptc";

  record Args(String name, Path data, long limit, List<String> pipelineArgs) {
    static Args parse(String[] args) {
      if (args.length == 0 || !(args[0].equals("emergent") || args[0].equals("ptc"))) {
        throw new IllegalArgumentException("expected the data set name \"emergent\" or \"ptc\"");
      }
      Path data = Path.of(args[0].equals("ptc") ? DEFAULT_PTC : DEFAULT_DATA);
      long limit = Long.MAX_VALUE;
      List<String> pipelineArgs = new ArrayList<>();
      for (String arg : List.of(args).subList(1, args.length)) {
        if (args[0].equals("emergent") && PIPELINE_FLAGS.stream().anyMatch(arg::startsWith)) {
          pipelineArgs.add(arg);
        } else if (arg.startsWith("--data=")) {
          data = Path.of(arg.substring("--data=".length()));
        } else if (arg.startsWith("--limit=")) {
          limit = positive(arg.substring("--limit=".length()));
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      return new Args(args[0], data, limit, List.copyOf(pipelineArgs));
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
      print(headlines.size(), EmergentEval.run(headlines, parsed.pipelineArgs()));
      PipelineRun.Outputs watchlist = WatchlistEval.run(headlines, parsed.pipelineArgs());
      print(WatchlistEval.score(headlines, watchlist));
      print(TruthEval.score(headlines, watchlist));
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
      System.out.print(r.details());
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

  private static void print(WatchlistEval.Result r) {
    System.out.printf(Locale.ROOT, "%nemergent watchlist, %d claims listed, %d headlines%n", r.claims(), r.headlines());
    System.out.printf(Locale.ROOT,
        "matched %d headlines; match recall %.3f (matched to their own claim / all), match precision %.3f (own claim / matched)%n",
        r.matched(), r.matchRecall(), r.matchPrecision());
    System.out.printf(Locale.ROOT,
        "stance on the %d headlines matched to their own claim: accuracy %.3f, macro-F1 %.3f; majority class (%s) %.3f%n",
        r.matchedToOwn(), r.stanceAccuracy(), r.macroF1(), r.majorityLabel(), r.majorityAccuracy());
    System.out.println("gold -> predicted: " + r.confusion());
  }

  private static void print(TruthEval.Result r) {
    System.out.printf(Locale.ROOT,
        "%nverdicts against claim_truth (CORROBORATED=true, REFUTED=false, else unknown), %d claims:%n"
            + "accuracy %.3f, macro-F1 %.3f; majority class (%s) %.3f%n",
        r.claims(), r.accuracy(), r.macroF1(), r.majorityLabel(), r.majorityAccuracy());
    System.out.println("gold -> predicted: " + r.confusion());
    System.out.printf(Locale.ROOT, "mean confidence by gold truth: %s%n", r.meanConfidence());
    System.out.printf(Locale.ROOT,
        "outlet reliability vs share of false claims among those it backs (%d outlets backing >= %d): Spearman rho %.3f;"
            + " mean reliability %.3f where the share is >= 0.5, %.3f below%n",
        r.outlets(), TruthEval.MIN_BACKED, r.spearman(), r.reliabilityOfOftenWrong(), r.reliabilityOfOthers());
  }
}
