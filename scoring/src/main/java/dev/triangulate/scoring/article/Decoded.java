package dev.triangulate.scoring.article;

/** Outcome of turning raw bytes into text: exactly one of {@code text} or {@code failure} is set. */
record Decoded(String text, String failure) {

  static Decoded text(String text) {
    return new Decoded(text, null);
  }

  static Decoded failure(String reason) {
    return new Decoded(null, reason);
  }

  boolean failed() {
    return failure != null;
  }
}
