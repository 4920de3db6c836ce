package dev.triangulate.pipeline.eval;

/** Precision, recall and their harmonic mean (0 when both are 0), as every evaluation reports them. */
record Scores(double precision, double recall, double f1) {

  static Scores of(double precision, double recall) {
    return new Scores(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
  }
}
