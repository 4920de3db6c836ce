package dev.triangulate.scoring.claim;

import java.util.List;

/**
 * Where one outlet stands on one claim, from all its mentions of it: it refutes when it denies
 * the claim more often than it backs it, supports when it backs it at all, and otherwise only
 * hedges. {@code weight} is what its support counts for in the corroboration score.
 */
public record OutletPosition(String outlet, Stance stance, double weight) {

  /** Asserted in the outlet's own voice. */
  public static final double ASSERTED_WEIGHT = 1.0;
  /** Credited to a named source: the outlet vouches for the attribution, not the fact. */
  public static final double REPORTED_WEIGHT = 0.8;
  /** Hedged, conditional or anonymously sourced. */
  public static final double HEDGED_WEIGHT = 0.25;

  public static OutletPosition of(String outlet, List<ClaimMention> mentions) {
    long supports = mentions.stream().filter(m -> m.stance() == Stance.SUPPORTS).count();
    long refutes = mentions.stream().filter(m -> m.stance() == Stance.REFUTES).count();
    if (refutes > supports) {
      return new OutletPosition(outlet, Stance.REFUTES, 1.0);
    }
    if (supports > 0) {
      boolean ownVoice =
          mentions.stream()
              .anyMatch(m -> m.stance() == Stance.SUPPORTS && m.modality() == Modality.ASSERTED);
      return new OutletPosition(outlet, Stance.SUPPORTS, ownVoice ? ASSERTED_WEIGHT : REPORTED_WEIGHT);
    }
    return new OutletPosition(outlet, Stance.HEDGES, HEDGED_WEIGHT);
  }
}
