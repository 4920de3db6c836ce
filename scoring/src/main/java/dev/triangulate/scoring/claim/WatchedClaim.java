package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.List;

/** A claim from the fact-checkers' list (claims.csv), read by the same NLP as the articles. */
public record WatchedClaim(String id, String text, List<String> terms, ClaimKey key, Embedding embedding)
    implements Serializable {

  public WatchedClaim {
    terms = List.copyOf(terms);
  }

  public Claim claim() {
    return new Claim(id, text, key, ClaimOrigin.WATCHLIST);
  }
}
