package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the IO layer hands to the parser: raw bytes of one article plus whatever metadata came
 * with it (manifest row or JSONL fields). {@code source} names where it came from, for rejects.
 */
public record ArticleSource(String source, String id, byte[] content, ArticleMetadata metadata)
    implements Serializable {

  public ArticleSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    content = content == null ? new byte[0] : content;
    metadata = metadata == null ? ArticleMetadata.NONE : metadata;
  }
}
