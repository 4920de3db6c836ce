package dev.triangulate.pipeline.eval;

import dev.triangulate.pipeline.io.WatchlistFile;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watchlist mode on Emergent: the 240 claims are the fact-checkers' list, the headlines the
 * articles. Scores whether each headline is matched to its own claim, and, for those that are,
 * whether the pipeline's stance is the journalists' (for / against / observing), next to the
 * majority class of the same headlines.
 */
final class WatchlistEval {
  /** Pipeline stance -> Emergent's label. */
  private static final Map<String, String> LABELS = 
      Map.of("SUPPORTS", "for", "REFUTES", "against", "HEDGES", "observing", "DISCUSSES", "observing");

  record Result(
      int claims, int headlines, int matched, int matchedToOwn, int stanceRight, String majorityLabel,
      int majorityRight, Map<String, Map<String, Integer>> confusion) {

    double matchRecall() {
      return (double) matchedToOwn / headlines;
    }

    double matchPrecision() {
      return matched == 0 ? 0 : (double) matchedToOwn / matched;
    }

    double stanceAccuracy() {
      return matchedToOwn == 0 ? 0 : (double) stanceRight / matchedToOwn;
    }

    double majorityAccuracy() {
      return matchedToOwn == 0 ? 0 : (double) majorityRight / matchedToOwn;
    }

    double macroF1() {
      return Scores.macroF1(confusion);
    }
  }

  private WatchlistEval() {}

  /** Runs the pipeline with the headlines' claims as its watchlist. */
  static PipelineRun.Outputs run(List<Headline> headlines, List<String> pipelineArgs) throws IOException {
    Map<String, WatchlistFile.Entry> claims = new LinkedHashMap<>();
    for (Headline h : headlines) {
      claims.putIfAbsent(h.claimId(), new WatchlistFile.Entry(h.claimId(), h.claim()));
    }
    return PipelineRun.run(headlines, List.copyOf(claims.values()), pipelineArgs);
  }

  static Result score(List<Headline> headlines, PipelineRun.Outputs outputs) {
    Map<String, PipelineRun.MentionRow> best = new HashMap<>();
    for (PipelineRun.MentionRow row : outputs.mentions()) {
      if (!Double.isNaN(row.match())) {
        best.merge(row.articleId(), row, (a, b) -> b.match() > a.match() || (b.match() == a.match() && b.claimId().compareTo(a.claimId()) < 0) ? b : a);
      }
    }
    Map<String, Integer> goldCounts = new TreeMap<>();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int matchedToOwn = 0;
    int stanceRight = 0;
    for (Headline h : headlines) {
      PipelineRun.MentionRow row = best.get(h.articleId());
      if (row == null || !row.claimId().equals(h.claimId())) {
        continue;
      }
      matchedToOwn++;
      String predicted = LABELS.get(row.stance());
      stanceRight += predicted.equals(h.stance()) ? 1 : 0;
      goldCounts.merge(h.stance(), 1, Integer::sum);
      confusion.computeIfAbsent(h.stance(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }
    Map.Entry<String, Integer> majority =
        goldCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("-", 0));
    return new Result(
        (int) headlines.stream().map(Headline::claimId).distinct().count(), headlines.size(), best.size(), matchedToOwn, stanceRight, majority.getKey(), majority.getValue(), confusion);
  }
}
