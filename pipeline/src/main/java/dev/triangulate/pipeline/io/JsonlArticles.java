package dev.triangulate.pipeline.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes articles in the JSONL form the pipeline reads ({@code {"id", "outlet", "text", ...}}, one
 * object a line): how the eval and bench commands hand their data sets to the real job.
 */
public final class JsonlArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlArticles() {}

  /** Each map is one article: field name -> value, written in the map's order. */
  public static void write(Path file, List<? extends Map<String, String>> articles) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map<String, String> article : articles) {
        out.write(JSON.writeValueAsString(article));
        out.write('\n');
      }
    }
  }
}
