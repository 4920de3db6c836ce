package dev.triangulate.scoring.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: fixture files from testdata/articles at the project root, or inline text. */
final class Fixtures {

  private Fixtures() {}

  static ArticleSource file(String name, ArticleMetadata metadata) {
    Path path = Path.of("..", "testdata", "articles", name);
    try {
      return new ArticleSource(path.toString(), name, Files.readAllBytes(path), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArticleSource file(String name) {
    return file(name, ArticleMetadata.NONE);
  }

  static ArticleSource text(String id, String text, ArticleMetadata metadata) {
    return new ArticleSource("inline:" + id, id, text.getBytes(StandardCharsets.UTF_8), metadata);
  }

  static ArticleSource text(String id, String text) {
    return text(id, text, ArticleMetadata.NONE);
  }

  static ArticleSource bytes(String id, byte[] content) {
    return new ArticleSource("inline:" + id, id, content, ArticleMetadata.NONE);
  }
}
