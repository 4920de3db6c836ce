package dev.triangulate.pipeline.eval;

import dev.triangulate.scoring.relation.RelationModel;
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
 * terms against the PTC propaganda spans; {@code triangulate eval carb [--sentences=FILE]
 * [--extractions=OUT.tsv]}: writes the propositions of CaRB's sentences and scores them with
 * CaRB's scorer; {@code triangulate eval stories [--data=DIR] [--limit=N] [--sample=N] [--seed=N]}:
 * story linking on FNC-1 bodies, and a sample of cross-article claims to judge; {@code triangulate
 * eval fnc1 [--data=DIR]}: the article-level relation model on FNC-1's held-out stories. Exit status 0 on
 * success, 2 for bad arguments or missing data, 1 when the run failed.
 */
public final class EvalMain {
  static final String USAGE =
      "Usage: triangulate eval emergent [--data=PATH] [--limit=N] [--discoveryThreshold=X] [--matchThreshold=X] [--paraphrases=false]\n"
          + "       triangulate eval ptc [--data=DIR] [--limit=N]\n"
          + "       triangulate eval carb [--sentences=FILE] [--extractions=OUT.tsv]\n"
          + "       triangulate eval stories [--data=DIR] [--limit=N] [--sample=N] [--seed=N] [--discoveryThreshold=X] [--paraphrases=false]\n"
          + "       triangulate eval fnc1 [--data=DIR]";
  /** Pipeline options the Emergent evaluation passes through, to measure their effect. */
  private static final List<String> PIPELINE_FLAGS = List.of("--discoveryThreshold=", "--matchThreshold=", "--paraphrases=");
  /** Relative to the project root, where the launcher runs; the data lives outside the project. */
  static final String DEFAULT_DATA = "../shared/data/emergent/train.csv";
  static final String DEFAULT_PTC = "../shared/data/ptc";
  static final String DEFAULT_FNC1 = "../shared/data/fnc1";
  static final String DEFAULT_CARB = "../shared/data/carb/dev.txt";
  static final String DEFAULT_CARB_OUT = "target/carb-extractions.tsv";
  static final String CARB_SCORER = "../shared/tools/carb/score";
  private static final Map<String, String> DEFAULT_DATA_OF =
      Map.of("emergent", DEFAULT_DATA, "ptc", DEFAULT_PTC, "carb", DEFAULT_CARB, "stories", DEFAULT_FNC1, "fnc1", DEFAULT_FNC1);

  /** {@code data}: the data file or directory ({@code --sentences} for carb); {@code output}: carb's extractions. */
  record Args(String name, Path data, long limit, List<String> pipelineArgs, Path output, int sample, long seed) {
    static Args parse(String[] args) {
      if (args.length == 0 || !DEFAULT_DATA_OF.containsKey(args[0])) {
        throw new IllegalArgumentException("expected the data set name \"emergent\", \"ptc\", \"carb\", \"stories\" or \"fnc1\"");
      }
      Path data = Path.of(DEFAULT_DATA_OF.get(args[0]));
      Path output = Path.of(DEFAULT_CARB_OUT);
      long limit = Long.MAX_VALUE;
      int sample = 0;
      long seed = 1;
      boolean runsPipeline = args[0].equals("emergent") || args[0].equals("stories");
      List<String> pipelineArgs = new ArrayList<>();
      for (String arg : List.of(args).subList(1, args.length)) {
        if (runsPipeline && PIPELINE_FLAGS.stream().anyMatch(arg::startsWith)) {
          pipelineArgs.add(arg);
        } else if (arg.startsWith("--data=") || (args[0].equals("carb") && arg.startsWith("--sentences="))) {
          data = Path.of(arg.substring(arg.indexOf('=') + 1));
        } else if (args[0].equals("carb") && arg.startsWith("--extractions=")) {
          output = Path.of(arg.substring("--extractions=".length()));
        } else if (arg.startsWith("--limit=")) {
          limit = positive(arg.substring("--limit=".length()));
        } else if (args[0].equals("stories") && arg.startsWith("--sample=")) {
          sample = (int) positive(arg.substring("--sample=".length()));
        } else if (args[0].equals("stories") && arg.startsWith("--seed=")) {
          seed = positive(arg.substring("--seed=".length()));
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      return new Args(args[0], data, limit, List.copyOf(pipelineArgs), output, sample, seed);
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
      throw new IllegalArgumentException("expected a positive whole number, got " + value);
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
    try {
      return switch (parsed.name()) {
        case "ptc" -> runPtc(parsed);
        case "carb" -> runCarb(parsed);
        case "stories" -> runStories(parsed);
        case "fnc1" -> runFnc1(parsed);
        default -> runEmergent(parsed);
      };
    } catch (IOException | RuntimeException e) {
      System.err.println("triangulate eval: run failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static int runCarb(Args parsed) throws IOException, InterruptedException {
    if (!Files.isRegularFile(parsed.data())) {
      System.err.println("triangulate eval: no sentences at " + parsed.data().toAbsolutePath().normalize() + " (use --sentences=FILE)");
      return 2;
    }
    int count = CarbEval.extract(parsed.data(), parsed.output());
    System.out.printf(Locale.ROOT, "carb: %d extractions written to %s%n", count, parsed.output());
    Path scorer = Path.of(CARB_SCORER);
    if (Files.isExecutable(scorer)) {
      Process score = new ProcessBuilder(scorer.toString(), parsed.output().toAbsolutePath().toString()).inheritIO().start();
      return score.waitFor() == 0 ? 0 : 1;
    }
    System.out.println("carb: no scorer at " + scorer + "; score the file with CaRB's carb.py");
    return 0;
  }

  private static boolean hasFnc1(Path dir) {
    if (Files.isRegularFile(dir.resolve("train_bodies.csv")) && Files.isRegularFile(dir.resolve("train_stances.csv"))) {
      return true;
    }
    System.err.println("triangulate eval: no FNC-1 data (train_bodies.csv, train_stances.csv) in "
        + dir.toAbsolutePath().normalize() + " (use --data=DIR)");
    return false;
  }

  private static int runStories(Args parsed) throws IOException {
    Path dir = parsed.data();
    if (!hasFnc1(dir)) {
      return 2;
    }
    StoryEval.Result r = StoryEval.run(dir, parsed.limit(), parsed.pipelineArgs());
    System.out.printf(Locale.ROOT, "story linking, %d FNC-1 bodies, %d pairs of one story (related to one headline)%n", r.bodies(), r.goldPairs());
    System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %9s%n", "system", "linked", "precision", "recall", "f1");
    for (StoryEval.Linking l : List.of(r.claims(), r.cosineBest(), r.cosineAtClaimsPrecision())) {
      System.out.printf(Locale.ROOT, "%-26s %9d %9.3f %9.3f %9.3f%n", l.system(), l.predicted(), l.precision(), l.recall(), l.f1());
    }
    System.out.println("claims per article: " + StoryEval.describe(r.claimsPerArticle()));
    if (parsed.sample() > 0) {
      System.out.print(ClaimSample.draw(r.outputs(), parsed.sample(), parsed.seed()));
    }
    return 0;
  }

  private static int runFnc1(Args parsed) throws IOException {
    Path dir = parsed.data();
    if (!hasFnc1(dir)) {
      return 2;
    }
    FncEval.Result r = FncEval.run(dir, RelationModel.standard());
    System.out.printf(Locale.ROOT,
        "fnc1 relation, split by story: %d stories, %d held out; %d held-out pairs scored, model fitted on %d training pairs%n",
        r.stories(), r.heldOutStories(), r.heldOutPairs(), r.trainingPairs());
    FncEval.ProductResult product = FncEval.runPipeline(dir, parsed.pipelineArgs());
    System.out.printf(Locale.ROOT,
        "pipeline: %d held-out bodies read (%d rejected, counted unrelated) with the %d held-out headlines as its watchlist%n",
        product.bodies(), product.rejected(), product.headlines());
    System.out.printf(Locale.ROOT, "%-22s %10s %10s %9s%n", "held-out pairs", "score", "max", "relative");
    for (var row : List.of(Map.entry("pipeline (coverage)", product.answers().score()), Map.entry("relation model alone", r.model().score()),
        Map.entry("all unrelated", r.allUnrelated()), Map.entry("all discuss", r.allDiscuss()))) {
      System.out.printf(Locale.ROOT, "%-22s %10.2f %10.2f %9.3f%n", row.getKey(), row.getValue().score(), row.getValue().max(),
          row.getValue().relative());
    }
    System.out.printf(Locale.ROOT, "relation model on its own training pairs (not held out): %.3f%n", r.modelOnTraining().relative());
    System.out.println("pipeline gold -> predicted: " + product.answers().confusion());
    System.out.println("model alone gold -> predicted: " + r.model().confusion());
    return 0;
  }

  private static int runEmergent(Args parsed) throws IOException {
    if (!Files.isRegularFile(parsed.data())) {
      System.err.println("triangulate eval: no data file at " + parsed.data().toAbsolutePath().normalize() + " (use --data=PATH)");
      return 2;
    }
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
  }

  private static int runPtc(Args parsed) throws IOException {
    Path dir = parsed.data();
    if (!Files.isRegularFile(dir.resolve("train-task2-TC.labels")) || !Files.isDirectory(dir.resolve("articles"))) {
      System.err.println("triangulate eval: no PTC data (articles/ and train-task2-TC.labels) in "
          + dir.toAbsolutePath().normalize() + " (use --data=DIR)");
      return 2;
    }
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
