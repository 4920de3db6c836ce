package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * One news article after parsing: metadata resolved (manifest first, then the text itself) and
 * boilerplate removed from the body. {@code published} is an ISO date (yyyy-MM-dd) or empty when
 * nothing in the manifest or the text gives one. {@code credits}: the page's credit lines ("(With
 * inputs from agencies)"), one a line, taken out of the body: they say where the copy came from.
 * {@code repairs}: what reading the text had to change.
 */
public record Article(
    String id, String outlet, String published, String url, String title, String body, String source,
    String credits, TextRepairs repairs)
    implements Serializable {

  public Article(String id, String outlet, String published, String url, String title, String body, String source) {
    this(id, outlet, published, url, title, body, source, "");
  }

  public Article(
      String id, String outlet, String published, String url, String title, String body, String source, String credits) {
    this(id, outlet, published, url, title, body, source, credits, TextRepairs.NONE);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    outlet = Objects.requireNonNullElse(outlet, "");
    published = Objects.requireNonNullElse(published, "");
    url = Objects.requireNonNullElse(url, "");
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    source = Objects.requireNonNullElse(source, "");
    credits = Objects.requireNonNullElse(credits, "");
    repairs = Objects.requireNonNullElse(repairs, TextRepairs.NONE);
  }
}
