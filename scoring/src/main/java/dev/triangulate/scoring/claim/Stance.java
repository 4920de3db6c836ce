package dev.triangulate.scoring.claim;

/** What a mention does to its claim. */
public enum Stance {
  SUPPORTS,
  REFUTES,
  HEDGES,
  /** Talks about what a watched claim is about without stating it or its opposite (watchlist mode only). */
  DISCUSSES;

  /**
   * Stance from modality and attribution: a claim credited only to anonymous sources is not
   * support a fact-checker can lean on, so it hedges.
   */
  public static Stance of(Modality modality, Attribution attribution) {
    return switch (modality) {
      case NEGATED -> REFUTES;
      case HEDGED, CONDITIONAL -> HEDGES;
      case REPORTED -> attribution.anonymous() ? HEDGES : SUPPORTS;
      case ASSERTED -> SUPPORTS;
    };
  }
}
