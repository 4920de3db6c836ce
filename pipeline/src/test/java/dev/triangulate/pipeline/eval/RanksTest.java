package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RanksTest {
  private static final double EPS = 1e-12;

  @Test
  void ranksAverageTies() {
    assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, Ranks.ranks(new double[] {5, 1, 5, 9}), EPS);
  }

  @Test
  void spearmanByHand() {
    // Same order -> 1, reversed -> -1.
    assertEquals(1.0, Ranks.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 100}), EPS);
    assertEquals(-1.0, Ranks.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), EPS);
    // Ranks x = 1..5, y = 2,1,4,3,5: sum d^2 = 4, rho = 1 - 6*4 / (5*24) = 0.8.
    assertEquals(0.8, Ranks.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}), EPS);
  }

  @Test
  void spearmanOfAConstantSeriesIsNaN() {
    assertTrue(Double.isNaN(Ranks.spearman(new double[] {1, 2, 3}, new double[] {7, 7, 7})));
  }
}
