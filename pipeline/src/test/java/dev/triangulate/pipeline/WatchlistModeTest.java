package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * --claims on testdata/matching: four invented outlets report a ferry sinking in their own words,
 * one speculates about sabotage and one denies it; one watched claim is mentioned by nobody.
 */
class WatchlistModeTest {
  private static final Path FIXTURES = Path.of("..", "testdata", "matching");

  @TempDir static Path tmp;
  private static Map<String, CSVRecord> verdicts;
  private static List<CSVRecord> mentions;

  @BeforeAll
  static void run() throws IOException {
    assertEquals(0, Main.run(new String[] {
        "--input=" + FIXTURES.resolve("articles"), "--claims=" + FIXTURES.resolve("claims.csv"), "--output=" + tmp.resolve("out")}));
    verdicts = new TreeMap<>();
    for (CSVRecord r : OutputTables.read(tmp.resolve("out/verdicts.csv"))) {
      verdicts.put(r.get("claim_id"), r);
    }
    mentions = OutputTables.read(tmp.resolve("out/mentions.csv"));
  }

  private static Set<String> stances(String claimId, String article) {
    return mentions.stream()
        .filter(m -> m.get("claim_id").equals(claimId) && m.get("article_id").equals(article))
        .map(m -> m.get("stance"))
        .collect(Collectors.toSet());
  }

  @Test
  void paraphrasesOfAWatchedClaimCorroborateIt() {
    CSVRecord sank = verdicts.get("W1");
    assertEquals("watchlist", sank.get("origin"));
    assertEquals("The ferry Aurora sank off Northport", sank.get("claim"));
    assertTrue(Set.of(sank.get("articles").split(";")).containsAll(Set.of("a1", "a2")), sank::toString);
    assertEquals("CORROBORATED", sank.get("verdict"));
    assertEquals(Set.of("SUPPORTS"), stances("W1", "a2"), "'capsized near Northport harbour' supports 'sank off Northport'");
    assertEquals("CORROBORATED", verdicts.get("W2").get("verdict"), "'rescuers saved every passenger' = 'all passengers rescued'");
  }

  @Test
  void speculationHedgesAndDenialRefutes() {
    assertEquals(Set.of("HEDGES"), stances("W3", "a3"));
    // The headline denies it closely; the body's two denials match it only loosely (0.21: they
    // do not name a rival company) and, like loose statements, only discuss it. On FNC-1's
    // held-out stories letting loose body denials refute read 237 of 247 refuting articles wrongly.
    assertEquals(Set.of("REFUTES", "DISCUSSES"), stances("W3", "a4"));
    assertTrue(mentions.stream().anyMatch(m -> m.get("claim_id").equals("W3") && m.get("article_id").equals("a4")
        && m.get("stance").equals("REFUTES") && m.get("sentence").equals("Shipping company denies sabotage of the Aurora")));
    CSVRecord sabotage = verdicts.get("W3");
    assertEquals("0", sabotage.get("supporting"));
    assertEquals("1", sabotage.get("refuting"));
    assertEquals("1", sabotage.get("hedged"));
  }

  @Test
  void watchedClaimNobodyMentionsHasNoCoverage() {
    CSVRecord drunk = verdicts.get("W4");
    assertEquals("NO_COVERAGE", drunk.get("verdict"));
    assertEquals("0", drunk.get("outlets"));
    assertEquals("", drunk.get("articles"));
  }

  @Test
  void discoveredClaimsAppearBesideWatchedOnes() {
    List<CSVRecord> discovered = verdicts.values().stream().filter(r -> r.get("origin").equals("discovered")).toList();
    assertTrue(discovered.stream().anyMatch(r -> r.get("subject").equals("Ellen Crane") && r.get("predicate").equals("meet")
        && r.get("object").equals("Tom Hale") && r.get("verdict").equals("CORROBORATED")), discovered::toString);
  }

  @Test
  void mentionsCarryMatchScoreAndFactBankColumns() {
    for (CSVRecord m : mentions) {
      boolean watched = m.get("claim_id").startsWith("W");
      assertEquals(watched, !m.get("match").isEmpty(), m::toString);
      assertTrue(Set.of("certain", "probable", "possible").contains(m.get("certainty")), m::toString);
      // Polarity is the sentence's own; its stance is towards the claim, and a denial may only discuss a claim.
      assertEquals(m.get("modality").equals("negated") ? "negative" : "positive", m.get("polarity"), m::toString);
      if (m.get("stance").equals("REFUTES")) {
        assertEquals("negative", m.get("polarity"), m::toString);
      }
    }
    CSVRecord insiders = mentions.stream()
        .filter(m -> m.get("article_id").equals("a3") && m.get("claim_id").equals("W3")).findFirst().orElseThrow();
    assertEquals("possible", insiders.get("certainty"));
    assertFalse(insiders.get("attribution").isEmpty(), "the insiders are credited: " + insiders);
  }

  @Test
  void unusableClaimsFileStopsTheRunWithStatus2() throws IOException {
    Path duplicate = tmp.resolve("duplicate.csv");
    Files.writeString(duplicate, "claim_id,claim\nW1,The ferry sank\nW1,The ferry floated\n", StandardCharsets.UTF_8);
    Path noColumns = tmp.resolve("columns.csv");
    Files.writeString(noColumns, "id,text\nW1,The ferry sank\n", StandardCharsets.UTF_8);
    for (Path claims : List.of(duplicate, noColumns, tmp.resolve("missing.csv"))) {
      assertEquals(2, Main.run(new String[] {
          "--input=" + FIXTURES.resolve("articles"), "--claims=" + claims, "--output=" + tmp.resolve("never")}));
      assertFalse(Files.exists(tmp.resolve("never")));
    }
  }
}
