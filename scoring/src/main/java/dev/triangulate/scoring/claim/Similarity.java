package dev.triangulate.scoring.claim;

/**
 * How alike two sentences are, 0 to 1, from their shared terms and, when both have one, their
 * embeddings: similarity = 0.5 * lexical + 0.5 * max(0, (cosine - 0.2) / 0.8). Sentence
 * encoders give unrelated sentences a cosine of about 0 to 0.2, so only the part above 0.2
 * counts, rescaled to 0..1. Without embeddings it is the lexical score alone.
 */
final class Similarity {
  private static final double UNRELATED_COSINE = 0.2;

  private Similarity() {}

  static double blend(double lexical, Embedding a, Embedding b) {
    if (a.isNone() || b.isNone()) {
      return lexical;
    }
    double meaning = Math.max(0, (a.cosine(b) - UNRELATED_COSINE) / (1 - UNRELATED_COSINE));
    return 0.5 * lexical + 0.5 * meaning;
  }
}
