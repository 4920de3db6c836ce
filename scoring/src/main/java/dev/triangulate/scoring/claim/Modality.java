package dev.triangulate.scoring.claim;

/**
 * How a sentence commits to a claim. Order matters: when two cues apply, the later one in this
 * list wins (a negated hedge is still a denial).
 */
public enum Modality {
  /** Stated as fact in the outlet's own voice. */
  ASSERTED,
  /** Credited to a source ("X said that ...", "according to X"). */
  REPORTED,
  /** Speculative: modal verbs, readiness and intent ("is ready to", "can", "may"), hedging adverbs. */
  HEDGED,
  /** Depends on a condition ("if", "unless", "as soon as"). */
  CONDITIONAL,
  /** Denied: "not", "never", "denied that". */
  NEGATED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
