package dev.triangulate.scoring.claim;

/** The verdict on a claim; rules in {@link VerdictRules}. */
public enum Verdict {
  CORROBORATED,
  CONTESTED,
  REFUTED,
  SINGLE_SOURCE,
  UNVERIFIED,
  /** A watched claim that no article sentence matched. */
  NO_COVERAGE
}
