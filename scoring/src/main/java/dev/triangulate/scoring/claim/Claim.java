package dev.triangulate.scoring.claim;

import java.io.Serializable;

/**
 * A claim as verdicts.csv names it: its id, the text a reviewer reads, its canonical triple when
 * one is known ({@link ClaimKey#NONE} otherwise) and where it comes from.
 */
public record Claim(String id, String text, ClaimKey key, ClaimOrigin origin) implements Serializable {

  public static Claim discovered(ClaimKey key) {
    return new Claim(key.id(), key.readable(), key, ClaimOrigin.DISCOVERED);
  }
}
