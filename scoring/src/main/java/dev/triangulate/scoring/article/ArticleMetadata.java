package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * Metadata supplied beside the text (manifest.csv or JSONL fields); empty strings when absent. A
 * lone surrogate (from a JSON escape) becomes U+FFFD: no output could be written with it.
 */
public record ArticleMetadata(String outlet, String published, String url, String title)
    implements Serializable {

  public static final ArticleMetadata NONE = new ArticleMetadata("", "", "", "");

  public ArticleMetadata {
    outlet = clean(outlet);
    published = clean(published);
    url = clean(url);
    title = clean(title);
  }

  private static String clean(String value) {
    return Surrogates.replaceLone(Objects.requireNonNullElse(value, "").strip());
  }
}
