package dev.triangulate.pipeline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Amigó et al. 2009):
 * per-item scores averaged over the items, F1 the harmonic mean of the two averages. Chosen over
 * pairwise scores because it neither rewards nor punishes large clusters quadratically.
 */
final class BCubed {
  private BCubed() {}

  /**
   * Scores every item of {@code gold} (item -> gold label). An item that {@code predicted}
   * (item -> predicted label) leaves out is its own singleton cluster, which is how an article
   * without any claim mention counts.
   */
  static Scores score(Map<String, String> predicted, Map<String, String> gold) {
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("no items to score");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<List<String>, Integer> overlap = new HashMap<>();
    gold.forEach((item, g) -> {
      goldSize.merge(g, 1, Integer::sum);
      String p = predicted.get(item);
      if (p != null) {
        predictedSize.merge(p, 1, Integer::sum);
        overlap.merge(List.of(p, g), 1, Integer::sum);
      }
    });
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      int shared = p == null ? 1 : overlap.get(List.of(p, e.getValue()));
      int ownCluster = p == null ? 1 : predictedSize.get(p);
      precision += (double) shared / ownCluster;
      recall += (double) shared / goldSize.get(e.getValue());
    }
    precision /= gold.size();
    recall /= gold.size();
    return Scores.of(precision, recall);
  }
}
