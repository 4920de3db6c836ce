package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.List;

/** A claim with the mentions that make it: what matching or discovery hands to scoring. */
public record ClaimGroup(Claim claim, List<ClaimMention> mentions) implements Serializable {

  public ClaimGroup {
    mentions = List.copyOf(mentions);
  }
}
