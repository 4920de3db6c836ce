package dev.triangulate.scoring.claim;

import java.util.Locale;

/** Where a claim in verdicts.csv comes from: the fact-checkers' list, or found in the articles. */
public enum ClaimOrigin {
  WATCHLIST,
  DISCOVERED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
