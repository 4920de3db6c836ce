package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A sentence's meaning as a unit-length vector (see {@code nlp.SentenceEmbedder}); {@link #NONE}
 * where none was computed. Equal when the numbers are, unlike a bare array.
 */
public record Embedding(float[] values) implements Serializable {
  public static final Embedding NONE = new Embedding(new float[0]);

  public boolean isNone() {
    return values.length == 0;
  }

  /** Cosine similarity of two unit vectors: their dot product, -1 to 1. */
  public double cosine(Embedding other) {
    double dot = 0;
    for (int i = 0; i < values.length; i++) {
      dot += values[i] * other.values[i];
    }
    return dot;
  }

  /** A vector scaled to unit length, so that {@link #cosine} is a dot product. */
  public static Embedding normalised(float[] raw) {
    double norm = 0;
    for (float v : raw) {
      norm += v * v;
    }
    float[] unit = new float[raw.length];
    double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    for (int i = 0; i < raw.length; i++) {
      unit[i] = (float) (raw[i] * scale);
    }
    return new Embedding(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return isNone() ? "Embedding.NONE" : "Embedding[" + values.length + "]";
  }
}
