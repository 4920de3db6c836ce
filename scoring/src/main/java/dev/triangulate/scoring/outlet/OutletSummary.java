package dev.triangulate.scoring.outlet;

import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.nlp.ArticleSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of outlets.csv. {@code corroboratedShare}: of the claims the outlet makes, the share
 * whose verdict is CORROBORATED. {@code copies}: its articles that are near-copies of an earlier
 * article. {@code anonymousShare}: of its claim mentions, the share credited to unnamed sources.
 * {@code loadedLanguage}: the article formula applied to all the outlet's text at once, so a long
 * sober article weighs more than a short loaded one. {@code record}: its firm positions and its
 * reliability (see {@link Reliability}).
 */
public record OutletSummary(
    String outlet,
    int articles,
    int claims,
    double corroboratedShare,
    int copies,
    double anonymousShare,
    double loadedLanguage,
    Reliability.OutletRecord record)
    implements Serializable {

  public static List<OutletSummary> summarize(
      List<ArticleSummary> analyses, List<ClaimVerdict> verdicts, Reliability.Ratings ratings,
      Map<String, Upstream> copies, LoadedLanguageScorer scorer) {
    Map<String, List<ArticleSummary>> byOutlet = new TreeMap<>();
    for (ArticleSummary a : analyses) {
      byOutlet.computeIfAbsent(a.article().outlet(), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<ClaimVerdict>> claimsByOutlet = new TreeMap<>();
    Map<String, List<ClaimMention>> mentionsByOutlet = new TreeMap<>();
    for (ClaimVerdict v : verdicts) {
      v.outletNames().forEach(outlet -> claimsByOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(v));
      v.mentions().forEach(m -> mentionsByOutlet.computeIfAbsent(m.outlet(), k -> new ArrayList<>()).add(m));
    }
    List<OutletSummary> rows = new ArrayList<>();
    for (Map.Entry<String, List<ArticleSummary>> e : byOutlet.entrySet()) {
      String outlet = e.getKey();
      List<ClaimVerdict> own = claimsByOutlet.getOrDefault(outlet, List.of());
      List<ClaimMention> mentions = mentionsByOutlet.getOrDefault(outlet, List.of());
      List<LoadedScore> scores = e.getValue().stream().map(ArticleSummary::loaded).toList();
      int tokens = e.getValue().stream().mapToInt(ArticleSummary::tokens).sum();
      rows.add(
          new OutletSummary(
              outlet,
              e.getValue().size(),
              own.size(),
              share(own.stream().filter(v -> v.verdict() == Verdict.CORROBORATED).count(), own.size()),
              (int) e.getValue().stream().filter(a -> copies.containsKey(a.article().id())).count(),
              share(mentions.stream().filter(m -> m.attribution().anonymous()).count(), mentions.size()),
              scorer.scoreText(scores, tokens).score(),
              ratings.outlet(outlet)));
    }
    return rows;
  }

  private static double share(long part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
