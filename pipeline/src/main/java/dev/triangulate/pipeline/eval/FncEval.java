package dev.triangulate.pipeline.eval;

import dev.triangulate.pipeline.io.WatchlistFile;
import dev.triangulate.scoring.relation.Relation;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code eval fnc1} on FNC-1's held-out stories ({@link FncStances}), with FNC-1's official
 * weighted score: 0.25 for telling related from unrelated, 0.75 more for the right one of agree,
 * disagree, discuss; relative score = score / best possible. Two systems: the product, i.e. the
 * pipeline reading the held-out pairs' bodies with their headlines as its watchlist, whose
 * coverage.csv relation is its answer for each pair (no row: unrelated); and the committed
 * relation model alone (both of its stages). Beside them the two trivial answers (every pair
 * unrelated; every pair discuss).
 */
final class FncEval {
  record Score(double score, double max) {
    double relative() {
      return max == 0 ? 0 : score / max;
    }
  }

  /** One system's answers on the held-out pairs: its score and its gold -> predicted counts. */
  record Answers(Score score, Map<Relation, Map<Relation, Integer>> confusion) {}

  record Result(
      int trainingPairs, int heldOutPairs, int stories, int heldOutStories, Answers model, Score allUnrelated,
      Score allDiscuss, Score modelOnTraining) {}

  /** The pipeline's run on the held-out bodies: how many it read and rejected, with how many watched headlines. */
  record ProductResult(int bodies, int headlines, int rejected, Answers answers) {}

  private FncEval() {}

  static Result run(Path dir, RelationModel model) throws IOException {
    FncStances.Split split = FncStances.split(FncStances.read(dir.resolve("train_stances.csv")));
    Map<String, String> bodies = FncStances.bodies(dir);
    RelationFeatures features = RelationFeatures.standard();
    List<RelationModel.Example> held = FncStances.examples(split.heldOut(), bodies, features);
    List<RelationModel.Example> training = FncStances.examples(split.training(), bodies, features);
    List<Relation> heldGold = held.stream().map(RelationModel.Example::gold).toList();
    return new Result(
        training.size(), held.size(), split.stories(), split.heldOutStories(),
        answers(heldGold, held.stream().map(e -> model.predict(e.features())).toList()),
        score(heldGold, heldGold.stream().map(g -> Relation.UNRELATED).toList()),
        score(heldGold, heldGold.stream().map(g -> Relation.DISCUSSES).toList()),
        score(training.stream().map(RelationModel.Example::gold).toList(), training.stream().map(e -> model.predict(e.features())).toList()));
  }

  /** The pipeline on the held-out stories' bodies, with their headlines as the watchlist. */
  static ProductResult runPipeline(Path dir, List<String> pipelineArgs) throws IOException {
    List<FncStances.Pair> held = FncStances.split(FncStances.read(dir.resolve("train_stances.csv"))).heldOut();
    Map<String, String> bodies = FncStances.bodies(dir);
    Map<String, String> claimIds = new HashMap<>();
    List<WatchlistFile.Entry> watchlist = new ArrayList<>();
    for (String headline : new TreeSet<>(held.stream().map(FncStances.Pair::headline).toList())) {
      String id = String.format(Locale.ROOT, "H%04d", watchlist.size() + 1);
      claimIds.put(headline, id);
      watchlist.add(new WatchlistFile.Entry(id, headline));
    }
    List<Map<String, String>> articles = new TreeSet<>(held.stream().map(FncStances.Pair::bodyId).toList()).stream()
        .map(id -> Map.of("id", "body-" + id, "text", bodies.get(id)))
        .toList();
    PipelineRun.Outputs out = PipelineRun.runArticles(articles, watchlist, pipelineArgs);
    Map<String, Relation> answer = new TreeMap<>();
    out.coverage().forEach(r -> answer.put(r.claimId() + "\t" + r.articleId(), relation(r.relation())));
    List<Relation> gold = held.stream().map(FncStances.Pair::gold).toList();
    List<Relation> predicted = held.stream()
        .map(p -> answer.getOrDefault(claimIds.get(p.headline()) + "\t" + "body-" + p.bodyId(), Relation.UNRELATED))
        .toList();
    return new ProductResult(articles.size(), watchlist.size(), out.rejected(), answers(gold, predicted));
  }

  /** coverage.csv's relation in FNC-1's terms. */
  private static Relation relation(String coverage) {
    return switch (coverage) {
      case "supports" -> Relation.SUPPORTS;
      case "refutes" -> Relation.REFUTES;
      case "discusses" -> Relation.DISCUSSES;
      default -> throw new IllegalArgumentException("not a coverage relation: " + coverage);
    };
  }

  static Answers answers(List<Relation> gold, List<Relation> predicted) {
    Map<Relation, Map<Relation, Integer>> confusion = new EnumMap<>(Relation.class);
    for (int i = 0; i < gold.size(); i++) {
      confusion.computeIfAbsent(gold.get(i), k -> new EnumMap<>(Relation.class)).merge(predicted.get(i), 1, Integer::sum);
    }
    return new Answers(score(gold, predicted), confusion);
  }

  /** The official FNC-1 score of the predictions, and the score of perfect ones. */
  static Score score(List<Relation> gold, List<Relation> predicted) {
    double score = 0;
    double max = 0;
    for (int i = 0; i < gold.size(); i++) {
      max += points(gold.get(i), gold.get(i));
      score += points(gold.get(i), predicted.get(i));
    }
    return new Score(score, max);
  }

  static double points(Relation gold, Relation predicted) {
    double p = 0;
    boolean goldRelated = gold != Relation.UNRELATED;
    if (goldRelated == (predicted != Relation.UNRELATED)) {
      p += 0.25;
    }
    if (goldRelated && gold == predicted) {
      p += 0.75;
    }
    return p;
  }
}
