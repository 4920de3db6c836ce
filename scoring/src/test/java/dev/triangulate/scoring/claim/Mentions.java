package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.language.LoadedScore;
import java.util.List;

/** Hand-built mentions for rule tests. */
public final class Mentions {
  private Mentions() {}

  public static ClaimKey key(String subject, String predicate, String object) {
    return new ClaimKey(subject, predicate, object, predicate + "s");
  }

  public static ClaimMention mention(ClaimKey key, String article, String outlet, Modality modality, Attribution attribution) {
    return dated(key, article, outlet, "2021-07-28", 1, modality, attribution);
  }

  public static ClaimMention dated(
      ClaimKey key, String article, String outlet, String published, int sentence, Modality modality, Attribution attribution) {
    return new ClaimMention(
        key, List.of(), article, outlet, published, sentence, "sentence of " + article, modality, Certainty.CERTAIN,
        Stance.of(modality, attribution), attribution, Upstream.NONE, LoadedScore.NONE, Embedding.NONE, Double.NaN);
  }

  public static ClaimMention asserted(ClaimKey key, String article, String outlet) {
    return mention(key, article, outlet, Modality.ASSERTED, Attribution.OUTLET);
  }

  /** An article's first sentence read only as terms (sorted, as the extractor gives them). */
  public static ClaimMention headline(String article, String... terms) {
    return withTerms(ClaimKey.NONE, article, 0, terms);
  }

  public static ClaimMention withTerms(ClaimKey key, String article, int sentence, String... terms) {
    return new ClaimMention(
        key, List.of(terms).stream().sorted().toList(), article, "Outlet " + article, "", sentence,
        String.join(" ", terms), Modality.ASSERTED, Certainty.CERTAIN, Stance.SUPPORTS, Attribution.OUTLET,
        Upstream.NONE, LoadedScore.NONE, Embedding.NONE, Double.NaN);
  }
}
