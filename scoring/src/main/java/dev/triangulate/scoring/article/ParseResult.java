package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.util.Optional;

/** Either an {@link Article} or a {@link Reject}: parsing never throws for bad input. */
public record ParseResult(Article article, Reject reject) implements Serializable {

  public static ParseResult of(Article article) {
    return new ParseResult(article, null);
  }

  public static ParseResult rejected(String source, String reason) {
    return new ParseResult(null, new Reject(source, reason));
  }

  public Optional<Article> asArticle() {
    return Optional.ofNullable(article);
  }
}
