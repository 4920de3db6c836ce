package dev.triangulate.pipeline.eval;

import java.util.Map;

/** Precision, recall and their harmonic mean (0 when both are 0), as every evaluation reports them. */
record Scores(double precision, double recall, double f1) {

  static Scores of(double precision, double recall) {
    return new Scores(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
  }

  /** Mean over the gold labels of each label's F1, from a confusion table gold -> predicted -> count. */
  static double macroF1(Map<String, Map<String, Integer>> confusion) {
    double sum = 0;
    for (String label : confusion.keySet()) {
      int tp = confusion.get(label).getOrDefault(label, 0);
      int goldCount = confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
      int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
      sum += of(predicted == 0 ? 0 : (double) tp / predicted, goldCount == 0 ? 0 : (double) tp / goldCount).f1();
    }
    return confusion.isEmpty() ? 0 : sum / confusion.size();
  }
}
