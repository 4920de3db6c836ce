package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * testdata/independence: a Reuters story, a verbatim copy, a light rewrite, a piece crediting
 * Reuters and one outlet's own reporting. Five outlets, two independent sources.
 */
class IndependenceTest {
  private static final Path FIXTURES = Path.of("..", "testdata", "independence");

  @TempDir static Path tmp;
  private static CSVRecord sinking;
  private static List<CSVRecord> mentions;
  private static Map<String, CSVRecord> articles;
  private static Map<String, CSVRecord> outlets;

  @BeforeAll
  static void run() throws IOException {
    assertEquals(0, Main.run(new String[] {
        "--input=" + FIXTURES.resolve("articles"), "--claims=" + FIXTURES.resolve("claims.csv"), "--output=" + tmp.resolve("out")}));
    sinking = OutputTables.read(tmp.resolve("out/verdicts.csv")).stream().filter(r -> r.get("claim_id").equals("W1")).findFirst().orElseThrow();
    mentions = OutputTables.read(tmp.resolve("out/mentions.csv")).stream().filter(r -> r.get("claim_id").equals("W1")).toList();
    articles = byKey(OutputTables.read(tmp.resolve("out/articles.csv")), "article_id");
    outlets = byKey(OutputTables.read(tmp.resolve("out/outlets.csv")), "outlet");
  }

  private static Map<String, CSVRecord> byKey(List<CSVRecord> rows, String column) {
    Map<String, CSVRecord> map = new TreeMap<>();
    rows.forEach(r -> map.put(r.get(column), r));
    return map;
  }

  private static Set<String> column(String article, String column) {
    return mentions.stream().filter(m -> m.get("article_id").equals(article)).map(m -> m.get(column)).collect(Collectors.toSet());
  }

  @Test
  void copiesRewritesAndCreditsOfOneWireStoryAreOneSource() {
    assertEquals("5", sinking.get("outlets"), sinking::toString);
    assertEquals("2", sinking.get("independent_outlets"), sinking::toString);
    assertEquals("CORROBORATED", sinking.get("verdict"));
    assertEquals(
        Set.of("Northport Gazette", "Reuters (Daily Echo, Harbour Observer, Regional Post, Reuters)"),
        Set.of(sinking.get("sources").split(";")));
  }

  @Test
  void mentionsSayWhichUpstreamSourceTheyLeanOn() {
    assertEquals(Set.of("wire"), column("echo", "copy_of"));
    assertEquals(Set.of("wire"), column("post", "copy_of"));
    assertEquals(Set.of("Reuters"), column("echo", "upstream"));
    // The sentence credits Reuters; the headline over it does not, and leans on it through the outlet.
    assertEquals(Set.of("", "Reuters"), column("observer", "upstream"));
    assertEquals(Set.of(""), column("observer", "copy_of"));
    assertEquals(Set.of("Reuters"), column("wire", "upstream"), "its dateline");
    assertEquals(Set.of(""), column("gazette", "upstream"));
  }

  @Test
  void articlesAndOutletsShowTheCopies() {
    assertEquals("wire", articles.get("echo").get("copy_of"));
    assertEquals("wire", articles.get("post").get("copy_of"));
    assertEquals("", articles.get("wire").get("copy_of"));
    assertEquals("", articles.get("observer").get("copy_of"));
    assertEquals("1", outlets.get("Daily Echo").get("copies"));
    assertEquals("0", outlets.get("Reuters").get("copies"));
    double gazette = Double.parseDouble(outlets.get("Northport Gazette").get("reliability"));
    assertTrue(gazette > 0.5, "backed by an independent source: " + gazette);
  }
}
