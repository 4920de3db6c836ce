package dev.triangulate.pipeline.eval;

import dev.triangulate.scoring.relation.Relation;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code eval fnc1}: the committed relation model on FNC-1's held-out stories ({@link
 * FncStances}), with FNC-1's official weighted score: 0.25 for telling related from unrelated,
 * 0.75 more for the right one of agree, disagree, discuss; relative score = score / best possible.
 * Beside it the two trivial answers (every pair unrelated; every pair discuss).
 */
final class FncEval {
  record Score(double score, double max) {
    double relative() {
      return max == 0 ? 0 : score / max;
    }
  }

  record Result(
      int trainingPairs, int heldOutPairs, int stories, int heldOutStories, Score model, Score allUnrelated,
      Score allDiscuss, Map<Relation, Map<Relation, Integer>> confusion, Score modelOnTraining) {}

  private FncEval() {}

  static Result run(Path dir, RelationModel model) throws IOException {
    FncStances.Split split = FncStances.split(FncStances.read(dir.resolve("train_stances.csv")));
    Map<String, String> bodies = FncStances.bodies(dir);
    RelationFeatures features = new RelationFeatures(bodies.values());
    List<RelationModel.Example> held = FncStances.examples(split.heldOut(), bodies, features);
    List<RelationModel.Example> training = FncStances.examples(split.training(), bodies, features);
    Map<Relation, Map<Relation, Integer>> confusion = new EnumMap<>(Relation.class);
    for (RelationModel.Example e : held) {
      confusion.computeIfAbsent(e.gold(), k -> new EnumMap<>(Relation.class)).merge(model.predict(e.features()), 1, Integer::sum);
    }
    return new Result(
        training.size(), held.size(), split.stories(), split.heldOutStories(),
        score(held, e -> model.predict(e.features())), score(held, e -> Relation.UNRELATED),
        score(held, e -> Relation.DISCUSSES), confusion, score(training, e -> model.predict(e.features())));
  }

  /** The official FNC-1 score of the predictions, and the score of perfect ones. */
  static Score score(List<RelationModel.Example> examples, Function<RelationModel.Example, Relation> predict) {
    double score = 0;
    double max = 0;
    for (RelationModel.Example e : examples) {
      max += points(e.gold(), e.gold());
      score += points(e.gold(), predict.apply(e));
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
