package dev.triangulate.scoring.claim;

import java.io.Serializable;

/**
 * The source a mention leans on instead of the outlet's own reporting: a news organisation the
 * text credits ("according to Reuters", "(AP)"), or the original of an article the outlet
 * near-copied ({@code copyOf} its article id). Mentions leaning on one source count as that
 * source once, however many outlets carry them.
 */
public record Upstream(String source, String copyOf) implements Serializable {

  public static final Upstream NONE = new Upstream("", "");

  public static Upstream credited(String organisation) {
    return new Upstream(organisation, "");
  }

  public static Upstream copyOf(String outlet, String articleId) {
    return new Upstream(outlet, articleId);
  }

  public boolean isNone() {
    return source.isEmpty();
  }
}
