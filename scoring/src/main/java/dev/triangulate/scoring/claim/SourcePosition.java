package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.List;

/**
 * Where one independent source stands on one claim, from all the articles that count as it (see
 * {@link Independence}), one vote each: it refutes when more of its articles deny the claim than
 * back it, supports when one backs it at all, hedges when one relays it as a rumour, and otherwise
 * only discusses it. {@code weight} is what its support counts
 * for in the corroboration score; {@code first} and {@code last} date the mentions behind its
 * stance (empty when any of them is undated); {@code superseded} when later evidence overrode it
 * (see {@link VerdictRules}).
 */
public record SourcePosition(
    String source, List<String> outlets, Stance stance, double weight, String first, String last, boolean superseded)
    implements Serializable {

  /** Asserted in the outlet's own voice. */
  public static final double ASSERTED_WEIGHT = 1.0;
  /** Credited to a named source: the outlet vouches for the attribution, not the fact. */
  public static final double REPORTED_WEIGHT = 0.8;
  /** Hedged, conditional or anonymously sourced. */
  public static final double HEDGED_WEIGHT = 0.25;
  /** Talking about the same people is no support at all. */
  public static final double DISCUSSED_WEIGHT = 0.0;

  public SourcePosition {
    outlets = List.copyOf(outlets);
  }

  /** One vote per article: each article's relation to the claim ({@link ArticleCoverage}), not each sentence's. */
  static SourcePosition of(String source, List<String> outlets, List<ClaimMention> mentions) {
    List<ArticleCoverage> articles = ArticleCoverage.byArticle("", mentions);
    long supports = articles.stream().filter(a -> a.relation() == Stance.SUPPORTS).count();
    long refutes = articles.stream().filter(a -> a.relation() == Stance.REFUTES).count();
    if (refutes > supports) {
      return dated(source, outlets, Stance.REFUTES, 1.0, mentions);
    }
    if (supports > 0) {
      boolean ownVoice = articles.stream().anyMatch(ArticleCoverage::ownVoice);
      return dated(source, outlets, Stance.SUPPORTS, ownVoice ? ASSERTED_WEIGHT : REPORTED_WEIGHT, mentions);
    }
    if (articles.stream().anyMatch(a -> a.relation() == Stance.HEDGES)) {
      return dated(source, outlets, Stance.HEDGES, HEDGED_WEIGHT, mentions);
    }
    return dated(source, outlets, Stance.DISCUSSES, DISCUSSED_WEIGHT, mentions);
  }

  private static SourcePosition dated(String source, List<String> outlets, Stance stance, double weight, List<ClaimMention> mentions) {
    List<String> dates =
        mentions.stream().filter(m -> !firm(stance) || m.stance() == stance).map(ClaimMention::published).sorted().toList();
    boolean allDated = dates.stream().noneMatch(String::isEmpty);
    return new SourcePosition(
        source, outlets, stance, weight, allDated ? dates.get(0) : "", allDated ? dates.get(dates.size() - 1) : "", false);
  }

  /** A firm position counts for or against the claim; a hedge or a discussion does not. */
  public boolean firm() {
    return firm(stance);
  }

  private static boolean firm(Stance stance) {
    return stance == Stance.SUPPORTS || stance == Stance.REFUTES;
  }

  SourcePosition asSuperseded() {
    return new SourcePosition(source, outlets, stance, weight, first, last, true);
  }

  /** {@code Reuters (A, B)} when outlets lean on a source other than themselves, else the outlet. */
  public String display() {
    return outlets.size() == 1 && outlets.get(0).equals(source) ? source : source + " (" + String.join(", ", outlets) + ")";
  }
}
