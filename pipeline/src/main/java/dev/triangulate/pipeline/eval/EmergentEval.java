package dev.triangulate.pipeline.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Claim discovery on Emergent headlines: do the pipeline's claims group the headlines the way the
 * journalists did? Scored next to two baselines, so the number has something to be compared with.
 */
final class EmergentEval {
  /** One table row; coverage only means something for the pipeline, which can find nothing. */
  record Result(String system, Scores scores, OptionalDouble coverage) {}

  // Thresholds 0.10, 0.15, ..., 0.90 as twentieths, so no rounding error accumulates.
  private static final int FIRST_TWENTIETH = 2;
  private static final int LAST_TWENTIETH = 18;

  private EmergentEval() {}

  static List<Result> run(List<Headline> headlines, List<String> pipelineArgs) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Headline h : headlines) {
      gold.put(h.articleId(), h.claimId());
      texts.put(h.articleId(), h.text());
    }
    // Each headline is one sentence; when it was read as several claims, its first row counts.
    Map<String, String> found = new LinkedHashMap<>();
    for (PipelineRun.MentionRow row : PipelineRun.run(headlines, List.of(), pipelineArgs).mentions()) {
      found.putIfAbsent(row.articleId(), row.claimId());
    }
    double covered = gold.keySet().stream().filter(found::containsKey).count();
    return List.of(
        new Result("triangulate", BCubed.score(found, gold), OptionalDouble.of(covered / gold.size())),
        new Result("singletons", BCubed.score(Map.of(), gold), OptionalDouble.empty()),
        bestJaccard(texts, gold));
  }

  /** The sweep picks its threshold on the scored data itself: an upper bound for this baseline. */
  static Result bestJaccard(Map<String, String> texts, Map<String, String> gold) {
    JaccardClustering jaccard = new JaccardClustering(texts);
    Result best = null;
    for (int twentieths = FIRST_TWENTIETH; twentieths <= LAST_TWENTIETH; twentieths++) {
      double threshold = twentieths / 20.0;
      Scores scores = BCubed.score(jaccard.cluster(threshold), gold);
      if (best == null || scores.f1() > best.scores().f1()) {
        best = new Result(String.format(Locale.ROOT, "jaccard@%.2f", threshold), scores, OptionalDouble.empty());
      }
    }
    return best;
  }
}
