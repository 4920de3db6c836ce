package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.util.Objects;

/** Metadata supplied beside the text (manifest.csv or JSONL fields); empty strings when absent. */
public record ArticleMetadata(String outlet, String published, String url, String title)
    implements Serializable {

  public static final ArticleMetadata NONE = new ArticleMetadata("", "", "", "");

  public ArticleMetadata {
    outlet = Objects.requireNonNullElse(outlet, "").strip();
    published = Objects.requireNonNullElse(published, "").strip();
    url = Objects.requireNonNullElse(url, "").strip();
    title = Objects.requireNonNullElse(title, "").strip();
  }
}
