package dev.triangulate.scoring.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Claim;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimOrigin;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Mentions;
import dev.triangulate.scoring.claim.Modality;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Truth discovery on the hand-built corpus of testdata/reliability (see its README). */
class ReliabilityTest {
  private static List<ClaimVerdict> verdicts;
  private static Reliability.Ratings ratings;

  @BeforeAll
  static void rate() throws IOException {
    Map<String, List<ClaimMention>> byClaim = new TreeMap<>();
    Map<String, String> outletOfArticle = new TreeMap<>();
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(Path.of("..", "testdata", "reliability", "mentions.csv"))) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
    rows.forEach(r -> outletOfArticle.put(r.get("article_id"), r.get("outlet")));
    for (CSVRecord r : rows) {
      ClaimMention m =
          Mentions.dated(
              Mentions.key(r.get("claim_id"), "say", "x"), r.get("article_id"), r.get("outlet"), r.get("published"), 1,
              Modality.valueOf(r.get("modality").toUpperCase(Locale.ROOT)), Attribution.OUTLET);
      String original = r.get("copy_of");
      byClaim.computeIfAbsent(r.get("claim_id"), k -> new ArrayList<>())
          .add(original.isEmpty() ? m : m.asCopyOf(outletOfArticle.get(original), original));
    }
    verdicts = new ArrayList<>();
    byClaim.forEach((id, mentions) -> verdicts.add(ClaimVerdict.of(new Claim(id, id, ClaimKey.NONE, ClaimOrigin.DISCOVERED), mentions)));
    ratings = Reliability.rate(verdicts);
  }

  private static double reliability(String outlet) {
    return ratings.outlet(outlet).reliability();
  }

  @Test
  void outletsThatIndependentOutletsContradictRankLowest() {
    for (String sound : List.of("Wire", "Herald", "Ledger")) {
      assertTrue(reliability(sound) > 0.5, sound + " " + reliability(sound));
      assertTrue(reliability(sound) > reliability("Rumour Mill"), sound);
      assertTrue(reliability(sound) > reliability("Echo"), sound);
    }
    assertTrue(reliability("Rumour Mill") < 0.5);
  }

  @Test
  void aCopyNeverVouchesForItsOriginal() {
    // Echo's C4 is Rumour Mill's article: one source, denied by Ledger; nobody independent backs it.
    Reliability.OutletRecord echo = ratings.outlet("Echo");
    assertEquals(1, echo.claims());
    assertEquals(0, echo.backed());
    assertEquals(1, echo.contradicted());
    assertTrue(echo.reliability() < 0.5);
    ClaimVerdict c4 = verdicts.stream().filter(v -> v.claim().id().equals("C4")).findFirst().orElseThrow();
    assertEquals(3, c4.outlets());
    assertEquals(2, c4.independentOutlets());
  }

  @Test
  void recordsCountBackedContradictedAndAlonePositions() {
    Reliability.OutletRecord rumour = ratings.outlet("Rumour Mill");
    assertEquals(4, rumour.claims());
    assertEquals(0, rumour.backed());
    assertEquals(3, rumour.contradicted());
    assertEquals(1, rumour.alone());
    Reliability.OutletRecord wire = ratings.outlet("Wire");
    assertEquals(3, wire.claims());
    assertEquals(3, wire.backed());
  }

  @Test
  void claimConfidenceFollowsTrustedSources() {
    assertTrue(ratings.confidence("C1") > ratings.confidence("C5"), "three trusted sources beat two");
    assertTrue(ratings.confidence("C5") > 0.5);
    assertTrue(ratings.confidence("C3") < 0.5, "denied by two trusted outlets");
    assertTrue(ratings.confidence("C4") < 0.5);
    assertTrue(ratings.confidence("C6") < ratings.confidence("C5"), "one distrusted outlet alone");
    assertEquals(0.5, ratings.confidence("C7"), 1e-12, "a hedge is no position");
  }

  @Test
  void iterationConvergesAndIgnoresInputOrder() {
    assertTrue(ratings.converged());
    assertTrue(ratings.rounds() > 1 && ratings.rounds() < Reliability.MAX_ROUNDS, "rounds " + ratings.rounds());
    List<ClaimVerdict> shuffled = new ArrayList<>(verdicts);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(ratings, Reliability.rate(shuffled));
  }

  @Test
  void noFirmPositionsMeansPriorReliabilityAndNeutralConfidence() {
    Reliability.Ratings none = Reliability.rate(List.of());
    assertTrue(none.converged());
    assertEquals(Reliability.PRIOR, none.outlet("Anyone").reliability());
    assertEquals(0.5, none.confidence("C1"));
  }
}
