package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.List;

/**
 * Where one independent source stands on one claim, from all the mentions that count as it (see
 * {@link Independence}): it refutes when it denies the claim more often than it backs it, supports
 * when it backs it at all, and otherwise only hedges. {@code weight} is what its support counts
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

  public SourcePosition {
    outlets = List.copyOf(outlets);
  }

  static SourcePosition of(String source, List<String> outlets, List<ClaimMention> mentions) {
    long supports = mentions.stream().filter(m -> m.stance() == Stance.SUPPORTS).count();
    long refutes = mentions.stream().filter(m -> m.stance() == Stance.REFUTES).count();
    if (refutes > supports) {
      return dated(source, outlets, Stance.REFUTES, 1.0, mentions);
    }
    if (supports > 0) {
      boolean ownVoice =
          mentions.stream().anyMatch(m -> m.stance() == Stance.SUPPORTS && m.modality() == Modality.ASSERTED);
      return dated(source, outlets, Stance.SUPPORTS, ownVoice ? ASSERTED_WEIGHT : REPORTED_WEIGHT, mentions);
    }
    return dated(source, outlets, Stance.HEDGES, HEDGED_WEIGHT, mentions);
  }

  private static SourcePosition dated(String source, List<String> outlets, Stance stance, double weight, List<ClaimMention> mentions) {
    List<String> dates =
        mentions.stream().filter(m -> stance == Stance.HEDGES || m.stance() == stance).map(ClaimMention::published).sorted().toList();
    boolean allDated = dates.stream().noneMatch(String::isEmpty);
    return new SourcePosition(
        source, outlets, stance, weight, allDated ? dates.get(0) : "", allDated ? dates.get(dates.size() - 1) : "", false);
  }

  /** A firm position counts for or against the claim; a hedge does not. */
  public boolean firm() {
    return stance != Stance.HEDGES;
  }

  SourcePosition asSuperseded() {
    return new SourcePosition(source, outlets, stance, weight, first, last, true);
  }

  /** {@code Reuters (A, B)} when outlets lean on a source other than themselves, else the outlet. */
  public String display() {
    return outlets.size() == 1 && outlets.get(0).equals(source) ? source : source + " (" + String.join(", ", outlets) + ")";
  }
}
