package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.pipeline.eval.SpanOverlap.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanOverlapTest {
  private static final double EPS = 1e-12;

  @Test
  void spansOverlapOnlyWhenTheyShareACharacter() {
    assertTrue(new Span(0, 5).overlaps(new Span(4, 9)));
    assertTrue(new Span(2, 3).overlaps(new Span(0, 10)));
    assertEquals(false, new Span(0, 5).overlaps(new Span(5, 9)));
    assertEquals(false, new Span(3, 3).overlaps(new Span(0, 10)));
  }

  @Test
  void tokenCountsByHand() {
    // Five tokens [0,4) [5,9) [10,14) [15,19) [20,24).
    List<Span> tokens = List.of(new Span(0, 4), new Span(5, 9), new Span(10, 14), new Span(15, 19), new Span(20, 24));
    // Predicted covers tokens 1 and 2 (partly into 2), and token 4.
    List<Span> predicted = List.of(new Span(5, 11), new Span(21, 22));
    // Gold covers tokens 2 and 3.
    List<Span> gold = List.of(new Span(10, 19));
    SpanOverlap.Counts c = SpanOverlap.tokenCounts(tokens, predicted, gold);
    assertEquals(new SpanOverlap.Counts(1, 3, 2), c);
    Scores s = SpanOverlap.scores(c);
    assertEquals(1.0 / 3, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), s.f1(), EPS);
  }

  @Test
  void spanCountsByHand() {
    // Predicted: A hits gold X, B hits nothing, C hits X too; gold Y is missed.
    List<Span> predicted = List.of(new Span(0, 5), new Span(20, 25), new Span(8, 12));
    List<Span> gold = List.of(new Span(3, 10), new Span(40, 45));
    SpanOverlap.SpanCounts c = SpanOverlap.spanCounts(predicted, gold);
    assertEquals(new SpanOverlap.SpanCounts(2, 3, 1, 2), c);
    Scores s = c.scores();
    assertEquals(2.0 / 3, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(4.0 / 7, s.f1(), EPS);
  }

  @Test
  void partialCreditByHand() {
    // Predicted [0,4) lies wholly in gold [0,10): credit 1 for precision, 4/10 for recall.
    // Predicted [8,12) shares 2 of its 4 characters with it: 0.5 and 2/10. Predicted [20,22) misses.
    List<Span> predicted = List.of(new Span(0, 4), new Span(8, 12), new Span(20, 22));
    List<Span> gold = List.of(new Span(0, 10), new Span(30, 40));
    SpanOverlap.SpanCounts c = SpanOverlap.partialCredit(predicted, gold);
    assertEquals(1.5, c.predictedHit(), EPS);
    assertEquals(0.6, c.goldHit(), EPS);
    Scores s = c.scores();
    assertEquals(0.5, s.precision(), EPS);
    assertEquals(0.3, s.recall(), EPS);
  }

  @Test
  void overlappingSpansAreMergedSoNoCharacterCountsTwice() {
    assertEquals(List.of(new Span(0, 6), new Span(8, 9)),
        SpanOverlap.merged(List.of(new Span(3, 6), new Span(0, 4), new Span(8, 9), new Span(5, 5))));
    // Two gold labels on the same words are one span: a prediction covering it earns full recall, not double.
    SpanOverlap.SpanCounts c = SpanOverlap.partialCredit(List.of(new Span(0, 5)), List.of(new Span(0, 5), new Span(0, 5)));
    assertEquals(1.0, c.scores().recall(), EPS);
    assertEquals(1.0, c.scores().precision(), EPS);
  }

  @Test
  void countsAddUpAcrossArticlesAndEmptyInputScoresZero() {
    SpanOverlap.SpanCounts total = new SpanOverlap.SpanCounts(1, 2, 1, 4).plus(new SpanOverlap.SpanCounts(1, 2, 0, 0));
    assertEquals(new SpanOverlap.SpanCounts(2, 4, 1, 4), total);
    Scores none = SpanOverlap.spanCounts(List.of(), List.of()).scores();
    assertEquals(0.0, none.precision(), EPS);
    assertEquals(0.0, none.f1(), EPS);
  }
}
