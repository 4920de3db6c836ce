package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick-start run on the five real seed articles of seeds/, checked as a fact-checker reads
 * them: page furniture is not article text, the outlet and dates the pages state are read, and the
 * claims two or more articles share are the ones a reader sees, each in one row, with the modality
 * each article gives it.
 */
class SeedsEndToEndTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String TABLOID = "000_1879a945487edb02";
  private static final String PRESSURE = "001_7a8a5e2df96f33d5";
  private static final String BRIEFING = "002_b35bdd364fd94558";
  private static final String TALKS = "003_058d942a48bd56ed";
  private static final String BASE = "004_36e24a5239371127";
  /**
   * The claims that two or more seed articles share, each judged against the articles: every
   * member sentence makes or denies the claim (SeedsEndToEndTest fails on a new one until someone
   * has read it and added it here).
   */
  private static final Set<String> JUDGED_SHARED_CLAIMS =
      Set.of(
          "China|recognize|Taliban", // 000 speculates, 004 asserts the recognition of a Taliban-appointed ambassador
          "Abdul Ghani Baradar|meet|Wang Yi", // 000 "during a meeting with ... Baradar", 003 twice
          "Taliban|take_power|Afghanistan", // 000 captures, 002 took control / returned to power, 004 returned to power
          "United States|withdraw|Afghanistan", // 000 and 003
          "China|establish|Taliban", // 000 "ready to establish 'Friendly-Relation'", 004 "has sought to establish ties"
          "Taliban|act|", // 001 urges action against terror groups, 002 twice: the Taliban refuse to act
          "Taliban|prevent|Afghanistan"); // 001 a commitment, 002 a hope: Afghan land not used against others

  @TempDir static Path tmp;
  private static List<CSVRecord> verdicts;
  private static List<CSVRecord> mentions;
  private static Map<String, CSVRecord> articles;

  @BeforeAll
  static void runTwice() throws IOException {
    assertEquals(0, OutputTables.run(tmp.resolve("first"), SEEDS.toString()));
    assertEquals(0, OutputTables.run(tmp.resolve("second"), SEEDS.toString()));
    verdicts = OutputTables.read(tmp.resolve("first/verdicts.csv"));
    mentions = OutputTables.read(tmp.resolve("first/mentions.csv"));
    articles = OutputTables.read(tmp.resolve("first/articles.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("article_id"), Function.identity()));
  }

  private static String triple(CSVRecord verdict) {
    return String.join("|", verdict.get("subject"), verdict.get("predicate"), verdict.get("object"));
  }

  private static CSVRecord claim(String triple) {
    return verdicts.stream().filter(r -> triple(r).equals(triple)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + triple + " in " + verdicts.stream().map(SeedsEndToEndTest::triple).toList()));
  }

  private static List<CSVRecord> mentionsOf(String triple, String article) {
    String id = claim(triple).get("claim_id");
    return mentions.stream().filter(m -> m.get("claim_id").equals(id) && m.get("article_id").equals(article)).toList();
  }

  @Test
  void theOutletTitleAndDatesThePagesStateAreRead() {
    assertEquals("News Leak Centre", articles.get(TABLOID).get("outlet"));
    assertTrue(articles.get(TABLOID).get("title").startsWith("Shocking – China is ready to establish"), articles.get(TABLOID)::toString);
    assertEquals("2021-07-28", articles.get(TALKS).get("published"));
    assertEquals("2024-07-15", articles.get(BASE).get("published"));
  }

  @Test
  void pageFurnitureIsNeverAClaim() {
    Set<String> furniture = Set.of(
        "News Leak Centre", "No Fear No Favour", "Leave a Reply", "Your email address will not be published",
        "Required fields are marked", "people read this News", "COMMENTS", "Leave a comment", "There are 0 comment",
        "With inputs from agencies", "IT IS BUILDING SECRET MILITARY BASES", "USING THE SECURITY SECTOR",
        "CHINA WAS THE FIRST COUNTRY TO RECOGNIZE TALIBAN", "date 2021-07-28", "15/07/2024");
    for (CSVRecord m : mentions) {
      for (String piece : furniture) {
        assertFalse(m.get("sentence").contains(piece), () -> "'" + piece + "' in " + m);
      }
    }
    for (CSVRecord v : verdicts) {
      assertFalse(furniture.stream().anyMatch(v.get("claim")::contains), v::toString);
    }
  }

  @Test
  void chinaRecognizingTheTalibanIsSpeculatedBy000AndAssertedBy004() {
    CSVRecord row = claim("China|recognize|Taliban");
    assertEquals("China recognizes the Taliban", row.get("claim"));
    assertEquals(Set.of(TABLOID, BASE), Set.of(row.get("articles").split(";")));
    List<CSVRecord> speculated = mentionsOf("China|recognize|Taliban", TABLOID);
    assertEquals(3, speculated.size(), speculated::toString);
    for (String cue : List.of("is ready to recognize", "is now considering to recognizing", "China can recognize them")) {
      assertTrue(speculated.stream().anyMatch(m -> m.get("sentence").contains(cue)), cue);
    }
    assertTrue(speculated.stream().allMatch(m -> Set.of("hedged", "conditional").contains(m.get("modality"))), speculated::toString);
    assertTrue(speculated.stream().anyMatch(m -> m.get("modality").equals("conditional")), "'can recognize them' only if they capture Afghanistan");
    List<CSVRecord> asserted = mentionsOf("China|recognize|Taliban", BASE);
    assertEquals(List.of("asserted"), asserted.stream().map(m -> m.get("modality")).toList());
    assertTrue(asserted.get(0).get("sentence").startsWith("Beijing became the first country to recognize a Taliban-appointed ambassador"));
    // The tabloid's page states no date: its speculation is undated beside 004's assertion of July 2024.
    assertEquals("asserted 2024-07 (" + BASE + ") -> speculated undated (" + TABLOID + ")", row.get("timeline"));
  }

  @Test
  void theUsOpposingRecognitionIsTheUsPositionNotChinaRecognizing() {
    String opposing = "The US is against recognizing the Taliban.";
    assertTrue(mentionsOf("China|recognize|Taliban", TABLOID).stream().noneMatch(m -> m.get("sentence").equals(opposing)));
    CSVRecord position = claim("United States|oppose|Taliban");
    assertEquals("The United States is against recognizing the Taliban", position.get("claim"));
  }

  @Test
  void theAssuranceIn003SupportsTheAssurance() {
    List<CSVRecord> assured = mentionsOf("Taliban|assure|China", TALKS);
    assertEquals(List.of("SUPPORTS"), assured.stream().map(m -> m.get("stance")).toList());
    assertTrue(assured.get(0).get("sentence").contains("assured China that Afghanistan’s soil would not be used"));
  }

  @Test
  void theMeetingOfBaradarAndWangYiInTianjinIsOneClaimOf000And003() {
    CSVRecord meeting = claim("Abdul Ghani Baradar|meet|Wang Yi");
    assertEquals(Set.of(TABLOID, TALKS), Set.of(meeting.get("articles").split(";")));
    assertTrue(mentionsOf("Abdul Ghani Baradar|meet|Wang Yi", TABLOID).get(0).get("sentence").contains("during a meeting with"));
    assertTrue(mentionsOf("Abdul Ghani Baradar|meet|Wang Yi", TALKS).stream().anyMatch(m -> m.get("sentence").contains("met Wang in the northern city of Tianjin")));
  }

  @Test
  void everySharedClaimIsOneRowAndOneTheArticlesMake() {
    List<String> shared = verdicts.stream().filter(r -> r.get("articles").contains(";")).map(SeedsEndToEndTest::triple).toList();
    assertEquals(shared.size(), Set.copyOf(shared).size(), shared::toString);
    assertEquals(JUDGED_SHARED_CLAIMS, Set.copyOf(shared));
    List<String> labels = verdicts.stream().map(r -> r.get("claim")).toList();
    assertEquals(labels.size(), Set.copyOf(labels).size(), labels::toString);
  }

  @Test
  void theTabloidIsTheMostLoadedArticle() {
    CSVRecord top = articles.values().stream().max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("loaded_language")))).orElseThrow();
    assertEquals(TABLOID, top.get("article_id"));
  }

  @Test
  void everyInputIsAnArticleOrAReject() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      long txt = files.filter(p -> p.toString().endsWith(".txt")).count();
      assertEquals(5, txt);
      assertEquals(Set.of(TABLOID, PRESSURE, BRIEFING, TALKS, BASE), articles.keySet());
      assertEquals(0, OutputTables.read(tmp.resolve("first/rejects.csv")).size());
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
