package dev.triangulate.scoring.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Inverse document frequency of terms over a set of texts, in its probabilistic (BM25) form:
 * weight(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5)), N texts, df(t) of them containing t. A
 * term every text has weighs about 0.5 / N; a term of one text ln(1 + (N - 0.5) / 1.5). A term none
 * of them has counts as the rarest (df 1).
 */
final class TermWeights {
  private final Map<String, Integer> df = new HashMap<>();
  /** Computed once: discovery asks for the same terms' weights for every candidate pair. */
  private final Map<String, Double> weights = new HashMap<>();
  private final int texts;

  TermWeights(Collection<List<String>> termLists) {
    for (List<String> terms : termLists) {
      for (String t : new HashSet<>(terms)) {
        df.merge(t, 1, Integer::sum);
      }
    }
    this.texts = termLists.size();
    df.forEach((term, d) -> weights.put(term, idf(d)));
  }

  double weight(String term) {
    Double w = weights.get(term);
    return w == null ? idf(1) : w;
  }

  private double idf(int documentFrequency) {
    return Math.log1p((texts - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  int documentFrequency(String term) {
    return df.getOrDefault(term, 0);
  }

  double total(List<String> terms) {
    double sum = 0;
    for (String t : terms) {
      sum += weight(t);
    }
    return sum;
  }

  /** Summed weight of the terms two sorted, distinct lists share. */
  double shared(List<String> a, List<String> b) {
    return sumOverShared(a, b, w -> w);
  }

  /** Cosine of two term sets as weighted binary vectors: sum over shared w^2 / sqrt(sum_a w^2 * sum_b w^2). */
  double cosine(List<String> a, List<String> b) {
    double norm = Math.sqrt(squares(a) * squares(b));
    return norm == 0 ? 0 : sumOverShared(a, b, w -> w * w) / norm;
  }

  private double squares(List<String> terms) {
    double sum = 0;
    for (String t : terms) {
      double w = weight(t);
      sum += w * w;
    }
    return sum;
  }

  /** f(weight) summed over the terms both sorted lists hold, in one merge walk. */
  private double sumOverShared(List<String> a, List<String> b, DoubleUnaryOperator f) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.get(i).compareTo(b.get(j));
      if (c == 0) {
        sum += f.applyAsDouble(weight(a.get(i)));
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
