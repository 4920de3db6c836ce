package dev.triangulate.scoring.article;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the IO layer hands to the parser: raw bytes of one article plus whatever metadata came
 * with it (manifest row or JSONL fields). {@code source} names where it came from, for rejects.
 * A lone surrogate in the id becomes U+FFFD, as in the metadata and the text.
 */
public record ArticleSource(String source, String id, byte[] content, ArticleMetadata metadata)
    implements Serializable {

  public ArticleSource {
    Objects.requireNonNull(source, "source");
    id = Surrogates.replaceLone(Objects.requireNonNull(id, "id"));
    content = content == null ? new byte[0] : content;
    metadata = metadata == null ? ArticleMetadata.NONE : metadata;
  }

  /**
   * An article whose text arrived already decoded (a JSONL field). Its lone surrogates become
   * U+FFFD, which the parser counts, instead of the '?' that plain UTF-8 encoding would make.
   */
  public static ArticleSource ofText(String source, String id, String text, ArticleMetadata metadata) {
    return new ArticleSource(source, id, Surrogates.replaceLone(text).getBytes(StandardCharsets.UTF_8), metadata);
  }
}
