package dev.triangulate.pipeline.io;

import static dev.triangulate.pipeline.io.ReportFixtures.ARTICLES;
import static dev.triangulate.pipeline.io.ReportFixtures.CONTESTED;
import static dev.triangulate.pipeline.io.ReportFixtures.CORROBORATED;
import static dev.triangulate.pipeline.io.ReportFixtures.INVISIBLE;
import static dev.triangulate.pipeline.io.ReportFixtures.INVISIBLE_ARTICLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.scoring.claim.ClaimVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewsTest {
  @TempDir Path dir;

  private List<JsonNode> write(List<ClaimVerdict> verdicts) throws IOException {
    Path file = dir.resolve("claimreview.jsonl");
    ClaimReviews.write(file, verdicts, ARTICLES);
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(file).stream().map(line -> {
      try {
        return json.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not one JSON object a line: " + line, e);
      }
    }).toList();
  }

  @Test
  void oneClaimReviewPerClaimWithTheFieldsFactCheckingToolsRead() throws IOException {
    List<JsonNode> reviews = write(List.of(CORROBORATED, CONTESTED));
    assertEquals(2, reviews.size());
    JsonNode review = reviews.get(0);
    assertEquals("https://schema.org", review.path("@context").asText());
    assertEquals("ClaimReview", review.path("@type").asText());
    assertEquals("c0ffee000001", review.path("identifier").asText());
    assertEquals("China recognizes <Taliban>", review.path("claimReviewed").asText());
    assertEquals("Claim", review.path("itemReviewed").path("@type").asText());
    assertEquals("CONTESTED", review.path("reviewRating").path("alternateName").asText());
    assertEquals("Rating", review.path("reviewRating").path("@type").asText());
    assertEquals(
        "1 of 2 independent sources support it, 1 refute it, 0 only hedge; corroboration 0.333, confidence 0.800."
            + " (reason of c0ffee000001)",
        review.path("reviewRating").path("ratingExplanation").asText());

    JsonNode appearances = review.path("itemReviewed").path("appearance");
    assertEquals(2, appearances.size());
    JsonNode first = appearances.get(0);
    assertEquals("https://meridian.example/a?x=1&y=2", first.path("url").asText());
    assertEquals("Daily <Meridian>", first.path("publisher").path("name").asText());
    assertEquals("2021-07-28", first.path("datePublished").asText());
    assertEquals("China & the Taliban", first.path("headline").asText());
    assertEquals("Leak \"Centre\"", appearances.get(1).path("publisher").path("name").asText());
  }

  @Test
  void emptyFieldsAreLeftOut() throws IOException {
    JsonNode wire = write(List.of(CORROBORATED)).get(0).path("itemReviewed").path("appearance").get(2);
    assertEquals("c", wire.path("identifier").asText());
    assertFalse(wire.has("url"));
    assertFalse(wire.has("datePublished"));
  }

  @Test
  void linesAreInClaimIdOrderWithSortedKeys() throws IOException {
    Path file = dir.resolve("claimreview.jsonl");
    ClaimReviews.write(file, List.of(CORROBORATED, CONTESTED), ARTICLES);
    byte[] once = Files.readAllBytes(file);
    ClaimReviews.write(file, List.of(CONTESTED, CORROBORATED), ARTICLES);
    assertEquals(new String(once), Files.readString(file));
    String line = Files.readAllLines(file).get(0);
    assertEquals(0, line.indexOf("{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"claimReviewed\":"), line);
  }

  @Test
  void everyStringShowsItsDirectionControlsAndZeroWidthCharacters() throws IOException {
    Path file = dir.resolve("claimreview.jsonl");
    ClaimReviews.write(file, List.of(INVISIBLE), INVISIBLE_ARTICLES);
    String line = Files.readString(file);
    JsonNode appearance = new ObjectMapper().readTree(line).path("itemReviewed").path("appearance").get(0);
    assertEquals("x<U+202E>gnp.exe", appearance.path("identifier").asText());
    assertEquals("Reuters<U+200B>", appearance.path("publisher").path("name").asText());
    assertEquals("Head<U+2066>line", appearance.path("headline").asText());
    assertTrue(line.contains("\"claimReviewed\":\"Governor signs <U+202E>budget\""), line);
    assertFalse(line.codePoints().anyMatch(cp -> cp == 0x202E || cp == 0x200B || cp == 0x2066), line);
  }
}
