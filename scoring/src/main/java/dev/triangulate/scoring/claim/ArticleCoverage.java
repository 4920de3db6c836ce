package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How one article relates to one claim, from all its sentences together (one row of
 * coverage.csv): it refutes when more of its sentences deny the claim than state it, supports
 * when any states it, hedges when it only relays it as a rumour or a possibility, and otherwise
 * only discusses it. {@code score} adds up the sentences' matches as independent pieces of
 * evidence, 1 - prod(1 - match), so several weak matches relate an article more than one does;
 * {@code evidence} is the best-matched sentence taking the article's stance. An article with no
 * matched sentence is unrelated to the claim and has no row.
 */
public record ArticleCoverage(
    String claimId, String articleId, String outlet, String published, Stance relation, double score, String evidence,
    boolean ownVoice)
    implements Serializable {

  /** The article's relation to the claim from its sentences' mentions of it (all of one article). */
  public static ArticleCoverage of(String claimId, List<ClaimMention> mentions) {
    long supports = mentions.stream().filter(m -> m.stance() == Stance.SUPPORTS).count();
    long refutes = mentions.stream().filter(m -> m.stance() == Stance.REFUTES).count();
    Stance relation =
        refutes > supports ? Stance.REFUTES
            : supports > 0 ? Stance.SUPPORTS
            : mentions.stream().anyMatch(m -> m.stance() == Stance.HEDGES) ? Stance.HEDGES
            : Stance.DISCUSSES;
    double unrelated = 1;
    for (ClaimMention m : mentions) {
      unrelated *= 1 - (Double.isNaN(m.match()) ? 1 : m.match());
    }
    ClaimMention best =
        mentions.stream().filter(m -> m.stance() == relation).min(STRONGEST).orElseThrow();
    boolean ownVoice = mentions.stream().anyMatch(m -> m.stance() == Stance.SUPPORTS && m.modality() == Modality.ASSERTED);
    return new ArticleCoverage(claimId, best.articleId(), best.outlet(), best.published(), relation, 1 - unrelated, best.sentence(), ownVoice);
  }

  /** One row per article among the claim's mentions, in article order. */
  public static List<ArticleCoverage> byArticle(String claimId, List<ClaimMention> mentions) {
    Map<String, List<ClaimMention>> byArticle =
        mentions.stream().collect(Collectors.groupingBy(ClaimMention::articleId, TreeMap::new, Collectors.toList()));
    List<ArticleCoverage> rows = new ArrayList<>();
    byArticle.values().forEach(own -> rows.add(of(claimId, own)));
    return rows;
  }

  /** FNC-1's name for the relation: supports, refutes, or discusses (a hedge takes no side). */
  public String relationName() {
    return switch (relation) {
      case SUPPORTS -> "supports";
      case REFUTES -> "refutes";
      case HEDGES, DISCUSSES -> "discusses";
    };
  }

  private static final Comparator<ClaimMention> STRONGEST =
      Comparator.comparingDouble((ClaimMention m) -> Double.isNaN(m.match()) ? 1 : m.match()).reversed()
          .thenComparing(ClaimResolver.MENTION_ORDER);
}
