package dev.triangulate.scoring.outlet;

import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of outlets.csv. {@code corroboratedShare}: of the claims the outlet makes, the share
 * whose verdict is CORROBORATED. {@code loadedLanguage}: the article formula applied to all the
 * outlet's text at once, so a long sober article weighs more than a short loaded one.
 */
public record OutletSummary(String outlet, int articles, int claims, double corroboratedShare, double loadedLanguage)
    implements Serializable {

  public static List<OutletSummary> summarize(
      List<ArticleAnalysis> analyses, List<ClaimVerdict> verdicts, LoadedLanguageScorer scorer) {
    Map<String, List<ArticleAnalysis>> byOutlet = new TreeMap<>();
    for (ArticleAnalysis a : analyses) {
      byOutlet.computeIfAbsent(a.article().outlet(), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<ClaimVerdict>> claimsByOutlet = new TreeMap<>();
    for (ClaimVerdict v : verdicts) {
      for (String outlet : v.outletNames()) {
        claimsByOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(v);
      }
    }
    List<OutletSummary> rows = new ArrayList<>();
    for (Map.Entry<String, List<ArticleAnalysis>> e : byOutlet.entrySet()) {
      String outlet = e.getKey();
      List<ClaimVerdict> own = claimsByOutlet.getOrDefault(outlet, List.of());
      long corroborated = own.stream().filter(v -> v.verdict() == Verdict.CORROBORATED).count();
      List<LoadedScore> scores = e.getValue().stream().map(ArticleAnalysis::loaded).toList();
      int tokens = e.getValue().stream().mapToInt(ArticleAnalysis::tokens).sum();
      rows.add(
          new OutletSummary(
              outlet,
              e.getValue().size(),
              own.size(),
              own.isEmpty() ? 0.0 : (double) corroborated / own.size(),
              scorer.scoreText(scores, tokens).score()));
    }
    return rows;
  }
}
