package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick-start run on the five real seed articles of seeds/, checked as a fact-checker reads them. */
class SeedsEndToEndTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir static Path tmp;
  private static List<CSVRecord> articles;

  @BeforeAll
  static void runTwice() throws IOException {
    assertEquals(0, OutputTables.run(tmp.resolve("first"), SEEDS.toString()));
    assertEquals(0, OutputTables.run(tmp.resolve("second"), SEEDS.toString()));
    articles = OutputTables.read(tmp.resolve("first/articles.csv"));
  }

  @Test
  void theTabloidIsTheMostLoadedArticle() {
    CSVRecord top = articles.stream().max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("loaded_language")))).orElseThrow();
    assertEquals("000_1879a945487edb02", top.get("article_id"));
  }

  @Test
  void everyInputIsAnArticleOrAReject() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      long txt = files.filter(p -> p.toString().endsWith(".txt")).count();
      assertEquals(5, txt);
      assertEquals(txt, articles.size() + OutputTables.read(tmp.resolve("first/rejects.csv")).size());
    }
  }

  @Test
  void twoRunsWriteIdenticalBytes() throws IOException {
    for (String table : OutputTables.DETERMINISTIC) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("first").resolve(table)),
          Files.readAllBytes(tmp.resolve("second").resolve(table)),
          table);
    }
  }
}
