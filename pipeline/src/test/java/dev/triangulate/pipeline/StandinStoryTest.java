package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's five-article story of testdata/standins (written before the real seeds were in the
 * repository): a 2021 denial superseded by a 2024 confirmation, and claims told in different words
 * by several outlets, checked end to end.
 */
class StandinStoryTest {
  private static final Path SEEDS = Path.of("..", "testdata", "standins");

  @TempDir static Path tmp;
  private static List<CSVRecord> verdicts;
  private static List<CSVRecord> mentions;
  private static List<CSVRecord> articles;

  @BeforeAll
  static void runTwice() throws IOException {
    assertEquals(0, OutputTables.run(tmp.resolve("first"), SEEDS.toString()));
    assertEquals(0, OutputTables.run(tmp.resolve("second"), SEEDS.toString()));
    verdicts = OutputTables.read(tmp.resolve("first/verdicts.csv"));
    mentions = OutputTables.read(tmp.resolve("first/mentions.csv"));
    articles = OutputTables.read(tmp.resolve("first/articles.csv"));
  }

  /** The claim row of a canonical triple, "China|recognize|Taliban". */
  private static CSVRecord claim(String triple) {
    return verdicts.stream()
        .filter(r -> String.join("|", r.get("subject"), r.get("predicate"), r.get("object")).equals(triple))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + triple + "' in " + verdicts.stream().map(r -> r.get("subject") + "|" + r.get("predicate") + "|" + r.get("object")).toList()));
  }

  private static Set<String> articlesOf(String triple) {
    return Set.of(claim(triple).get("articles").split(";"));
  }

  @Test
  void chinaRecognizesTalibanPairsSpeculationWithAssertion() {
    String id = claim("China|recognize|Taliban").get("claim_id");
    assertTrue(articlesOf("China|recognize|Taliban").containsAll(Set.of("000", "004")));
    List<CSVRecord> own = mentions.stream().filter(m -> m.get("claim_id").equals(id)).toList();
    Set<String> modalities000 =
        own.stream().filter(m -> m.get("article_id").equals("000")).map(m -> m.get("modality")).collect(Collectors.toSet());
    assertTrue(Set.of("hedged", "conditional").containsAll(modalities000), modalities000::toString);
    assertEquals(
        Set.of("asserted"),
        own.stream().filter(m -> m.get("article_id").equals("004")).map(m -> m.get("modality")).collect(Collectors.toSet()));
    String timeline = claim("China|recognize|Taliban").get("timeline");
    assertTrue(timeline.startsWith("speculated 2021-07 (000)") && timeline.endsWith("asserted 2024-07 (004)"), timeline);
  }

  @Test
  void theDenialOf2021IsSupersededByThe2024RecognitionAndShownBesideIt() {
    CSVRecord row = claim("China|recognize|Taliban");
    assertTrue(row.get("reason").endsWith("superseded by support from 2024-07 (confirmed later)"), row::toString);
    assertEquals("SINGLE_SOURCE", row.get("verdict"), "one source confirms it in 2024; the 2021 hedges are not support");
    Set<String> sentences004 =
        mentions.stream().filter(m -> m.get("claim_id").equals(row.get("claim_id")) && m.get("article_id").equals("004"))
            .map(m -> m.get("sentence")).collect(Collectors.toSet());
    assertTrue(sentences004.contains(row.get("evidence")), row::toString);
    assertTrue(row.get("counter_evidence").contains("has not recognised"), row::toString);
  }

  @Test
  void claimsCarefulReadersWouldPairAreGrouped() {
    assertTrue(articlesOf("Abdul Ghani Baradar|meet|Wang Yi").containsAll(Set.of("000", "001", "004")));
    assertTrue(articlesOf("United States|withdraw|Afghanistan").containsAll(Set.of("000", "001", "002", "004")));
    assertTrue(articlesOf("Taliban|take_power|Afghanistan").containsAll(Set.of("002", "003", "004")));
    assertTrue(articlesOf("ETIM|threaten|China").containsAll(Set.of("000", "001", "003", "004")));
  }

  @Test
  void claimsAreDistinctAndMeaningful() {
    List<String> readable = verdicts.stream().map(r -> r.get("claim")).toList();
    assertEquals(readable.size(), Set.copyOf(readable).size(), readable::toString);
    for (CSVRecord r : verdicts) {
      assertEquals("discovered", r.get("origin"));
      if (r.get("subject").isEmpty()) {
        // A headline no triple was read from is named by itself.
        assertEquals(r.get("claim"), r.get("evidence"), r::toString);
      } else {
        assertTrue(!r.get("subject").equals(r.get("object")), r::toString);
      }
      assertTrue(Set.of("CORROBORATED", "CONTESTED", "REFUTED", "SINGLE_SOURCE", "UNVERIFIED").contains(r.get("verdict")));
      double corroboration = Double.parseDouble(r.get("corroboration"));
      assertTrue(corroboration >= 0 && corroboration <= 1);
    }
  }

  @Test
  void tabloidSeedIsTheMostLoaded() {
    CSVRecord top = articles.stream().max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("loaded_language")))).orElseThrow();
    assertEquals("000", top.get("article_id"));
    assertEquals("News Leak Centre", top.get("outlet"));
  }

  @Test
  void everyInputIsAnArticleOrAReject() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      long txt = files.filter(p -> p.toString().endsWith(".txt")).count();
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
