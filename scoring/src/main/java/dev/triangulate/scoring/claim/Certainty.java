package dev.triangulate.scoring.claim;

import java.util.Locale;

/**
 * FactBank's degrees of commitment: how sure the sentence is that the event holds (or, for a
 * denial, that it does not). "China has recognized" and "China has not recognized" are both
 * certain; "is likely to" is probable; "may", "if" and questions are possible.
 */
public enum Certainty {
  CERTAIN,
  PROBABLE,
  POSSIBLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
