package dev.triangulate.scoring.claim;

import java.io.Serializable;

/**
 * Who a sentence credits with a claim: nobody (the outlet's own voice), a named person or body, or
 * anonymous sources ("sources", "insiders", "officials" without a name).
 */
public record Attribution(String source, boolean anonymous) implements Serializable {

  public static final Attribution OUTLET = new Attribution("", false);

  public static Attribution named(String source) {
    return new Attribution(source, false);
  }

  public static Attribution anonymous(String who) {
    return new Attribution(who, true);
  }

  /** CSV form: empty, {@code Wang Yi}, or {@code anonymous: sources}. */
  public String display() {
    return anonymous ? "anonymous: " + source : source;
  }
}
