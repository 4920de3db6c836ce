package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.ArticleMetadata;
import java.io.Serializable;

/**
 * One input found while listing --input: a .txt article with its manifest row, a .jsonl file, or
 * something that cannot be read ({@code problem} says why; it goes to rejects.csv).
 */
public record InputFile(String path, Kind kind, ArticleMetadata metadata, String problem)
    implements Serializable {

  public enum Kind {
    TEXT,
    JSONL,
    UNREADABLE
  }

  public static InputFile unreadable(String path, String problem) {
    return new InputFile(path, Kind.UNREADABLE, ArticleMetadata.NONE, problem);
  }
}
