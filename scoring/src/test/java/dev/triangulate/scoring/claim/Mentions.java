package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.language.LoadedScore;

/** Hand-built mentions for rule tests. */
public final class Mentions {
  private Mentions() {}

  public static ClaimKey key(String subject, String predicate, String object) {
    return new ClaimKey(subject, predicate, object, predicate + "s");
  }

  public static ClaimMention mention(ClaimKey key, String article, String outlet, Modality modality, Attribution attribution) {
    return new ClaimMention(
        key, article, outlet, "2021-07-28", 1, "sentence of " + article, modality,
        Stance.of(modality, attribution), attribution, LoadedScore.NONE);
  }

  public static ClaimMention asserted(ClaimKey key, String article, String outlet) {
    return mention(key, article, outlet, Modality.ASSERTED, Attribution.OUTLET);
  }
}
