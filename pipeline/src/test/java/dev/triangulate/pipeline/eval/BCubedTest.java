package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  private static final double EPS = 1e-12;
  // Gold: {a, b, c} and {d, e}.
  private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  @Test
  void handComputedExample() {
    // Predicted {a, b, c, d} and {e}.
    // Precision: a, b, c 3/4 each, d 1/4, e 1/1 -> 3.5 / 5 = 0.7.
    // Recall: a, b, c 3/3 each, d 1/2, e 1/2 -> 4 / 5 = 0.8.
    Scores s = BCubed.score(Map.of("a", "P1", "b", "P1", "c", "P1", "d", "P1", "e", "P2"), GOLD);
    assertEquals(0.7, s.precision(), EPS);
    assertEquals(0.8, s.recall(), EPS);
    assertEquals(2 * 0.7 * 0.8 / 1.5, s.f1(), EPS);
  }

  @Test
  void perfectClusteringScoresOneWhateverTheLabels() {
    Scores s = BCubed.score(Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y"), GOLD);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(1.0, s.f1(), EPS);
  }

  @Test
  void unlabelledItemsAreSingletons() {
    // Recall: a, b, c 1/3 each, d, e 1/2 each -> 2 / 5.
    Scores s = BCubed.score(Map.of(), GOLD);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.4, s.recall(), EPS);
    assertEquals(2 * 0.4 / 1.4, s.f1(), EPS);
  }

  @Test
  void labelsOutsideTheGoldItemsAreIgnored() {
    Scores s = BCubed.score(Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "z", "x"), GOLD);
    assertEquals(1.0, s.precision(), EPS);
  }

  @Test
  void noItemsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> BCubed.score(Map.of(), Map.of()));
  }
}
