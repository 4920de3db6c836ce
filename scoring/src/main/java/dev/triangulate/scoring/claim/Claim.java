package dev.triangulate.scoring.claim;

import java.io.Serializable;

/**
 * A claim as verdicts.csv names it: its id, the text a reviewer reads, its canonical triple when
 * one is known ({@link ClaimKey#NONE} otherwise) and where it comes from.
 */
public record Claim(String id, String text, ClaimKey key, ClaimOrigin origin) implements Serializable {

  public static Claim discovered(ClaimKey key) {
    return discovered(key, key.readable());
  }

  /** A discovered claim named by the proposition that states it best. */
  public static Claim discovered(ClaimKey key, String text) {
    return new Claim(key.id(), text, key, ClaimOrigin.DISCOVERED);
  }
}
