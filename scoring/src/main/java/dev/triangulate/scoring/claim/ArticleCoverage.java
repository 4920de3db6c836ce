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
 * coverage.csv). Only a sentence that matches the claim closely, at or above {@link
 * Watchlist#STATES_SCORE}, takes a side for its article: the article refutes when more of those
 * deny the claim than state it, supports when one states it; otherwise it hedges when a sentence
 * relays the claim as a rumour or a possibility, and else only discusses it. A loose paraphrase
 * stating the claim is a sentence about the same story, not the article's word on it: on FNC-1's
 * training stories, letting it take a side read a third of the articles that only discuss a claim
 * as agreeing (EVALUATION.md). A discovered claim's mentions have no match score and all count.
 * {@code score} adds up the sentences' matches as independent pieces of evidence, 1 - prod(1 -
 * match), so several weak matches relate an article more than one does; {@code evidence} is the
 * best-matched sentence taking the article's stance (the best-matched one when none does). An
 * article with no matched sentence is unrelated to the claim and has no row.
 */
public record ArticleCoverage(
    String claimId, String articleId, String outlet, String published, Stance relation, double score, String evidence,
    boolean ownVoice)
    implements Serializable {

  /** The article's relation to the claim from its sentences' mentions of it (all of one article). */
  public static ArticleCoverage of(String claimId, List<ClaimMention> mentions) {
    List<ClaimMention> close = mentions.stream().filter(ArticleCoverage::close).toList();
    long supports = close.stream().filter(m -> m.stance() == Stance.SUPPORTS).count();
    long refutes = close.stream().filter(m -> m.stance() == Stance.REFUTES).count();
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
        mentions.stream().filter(m -> m.stance() == relation).min(STRONGEST).orElseGet(() -> mentions.stream().min(STRONGEST).orElseThrow());
    boolean ownVoice = close.stream().anyMatch(m -> m.stance() == Stance.SUPPORTS && m.modality() == Modality.ASSERTED);
    return new ArticleCoverage(claimId, best.articleId(), best.outlet(), best.published(), relation, 1 - unrelated, best.sentence(), ownVoice);
  }

  private static boolean close(ClaimMention m) {
    return Double.isNaN(m.match()) || m.match() >= Watchlist.STATES_SCORE;
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
