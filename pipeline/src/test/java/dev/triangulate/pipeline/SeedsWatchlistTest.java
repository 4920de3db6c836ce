package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchlist mode on the five seed articles with the team's own watchlist
 * (testdata/watchlists/seeds.csv): claims the seeds state (W2, W3, W4), one that one article
 * states and another only speculates (W1), one they only speculate (W5), two they only discuss
 * (W6, W8) and one nobody makes although its words are everywhere (W7): the last three are made by
 * nobody, so have no coverage, though coverage.csv lists who discusses them. Each verdict is the one a
 * fact-checker reading the five articles gives.
 */
class SeedsWatchlistTest {
  private static final String TABLOID = "000_1879a945487edb02";
  private static final String TALKS = "003_058d942a48bd56ed";
  private static final String BASE = "004_36e24a5239371127";

  @TempDir static Path tmp;
  private static Map<String, CSVRecord> verdicts;
  private static List<CSVRecord> mentions;
  private static List<CSVRecord> coverage;

  @BeforeAll
  static void run() throws IOException {
    assertEquals(0, Main.run(new String[] {
        "--input=" + Path.of("..", "seeds"), "--output=" + tmp.resolve("out"),
        "--claims=" + Path.of("..", "testdata", "watchlists", "seeds.csv")}));
    verdicts = OutputTables.read(tmp.resolve("out/verdicts.csv")).stream()
        .filter(r -> r.get("origin").equals("watchlist"))
        .collect(Collectors.toMap(r -> r.get("claim_id"), Function.identity()));
    mentions = OutputTables.read(tmp.resolve("out/mentions.csv"));
    coverage = OutputTables.read(tmp.resolve("out/coverage.csv"));
  }

  @Test
  void everyVerdictIsTheFactCheckers() {
    Map<String, String> expected = Map.of(
        "W1", "SINGLE_SOURCE", // 004 asserts it, 000 only speculates; the rest talk about China and the Taliban
        "W2", "CORROBORATED", // 000 and 003 report the Tianjin meeting
        "W3", "CORROBORATED", // 000 and 003
        "W4", "CORROBORATED", // 000, 002 and 004
        "W5", "UNVERIFIED", // 000 "is ready to", 004 "has sought to": nobody says it happened
        "W6", "NO_COVERAGE", // discussed (Pakistan, Afghanistan, their ties), never stated
        "W7", "NO_COVERAGE", // only China's recognition is speculated about, never Russia's
        "W8", "NO_COVERAGE"); // China's presence in the region, never troops sent
    assertEquals(expected, verdicts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("verdict"))));
  }

  @Test
  void aClaimArticlesOnlyDiscussIsNeverSupported() {
    for (String id : List.of("W6", "W7", "W8")) {
      assertEquals("0", verdicts.get(id).get("supporting"), id);
      assertEquals("", verdicts.get(id).get("articles"), "nobody makes " + id);
      assertTrue(verdicts.get(id).get("reason").startsWith("only discussed by"), verdicts.get(id)::toString);
      assertTrue(coverageOf(id).stream().allMatch(r -> r.get("relation").equals("discusses")), id);
    }
    String opposing = "The US is against recognizing the Taliban.";
    assertTrue(mentions.stream().filter(m -> m.get("claim_id").equals("W1") && m.get("sentence").equals(opposing))
        .allMatch(m -> m.get("stance").equals("DISCUSSES")), "the US's position is not China's recognition");
  }

  @Test
  void oneSentenceCountsForEveryClaimItStates() {
    String recognition = mentions.stream()
        .filter(m -> m.get("claim_id").equals("W1") && m.get("article_id").equals(BASE) && m.get("stance").equals("SUPPORTS"))
        .findFirst().orElseThrow().get("sentence");
    assertTrue(recognition.startsWith("Beijing became the first country to recognize a Taliban-appointed ambassador"));
    assertTrue(mentions.stream().anyMatch(m -> m.get("claim_id").equals("W5") && m.get("sentence").equals(recognition)
        && m.get("stance").equals("HEDGES")), "the same sentence only says China has sought to establish ties");
  }

  @Test
  void coverageGivesEachArticleOneRelationWithItsEvidence() {
    Map<String, CSVRecord> w1 = coverageOf("W1").stream().collect(Collectors.toMap(r -> r.get("article_id"), Function.identity()));
    assertEquals("supports", w1.get(BASE).get("relation"));
    assertEquals("discusses", w1.get(TABLOID).get("relation"), "000 only speculates");
    assertTrue(w1.get(TABLOID).get("evidence").contains("China"), w1.get(TABLOID)::toString);
    assertEquals(5, w1.size(), "every seed talks about China and the Taliban");
    assertEquals(List.of(TABLOID, TALKS), coverageOf("W2").stream().filter(r -> r.get("relation").equals("supports"))
        .map(r -> r.get("article_id")).toList());
  }

  @Test
  void theReportListsEachWatchedClaimsArticlesByRelation() throws IOException {
    String html = Files.readString(tmp.resolve("out/report.html"));
    assertTrue(html.contains("Supports (1)"), "W1 is supported by one article");
  }

  private static List<CSVRecord> coverageOf(String id) {
    return coverage.stream().filter(r -> r.get("claim_id").equals(id)).toList();
  }
}
