package dev.triangulate.pipeline.bench;

/** One timed pass over the corpus: how many tokens, in how many nanoseconds of wall clock. */
record Pass(long tokens, long nanos) {
  double seconds() {
    return nanos / 1e9;
  }

  double tokensPerSecond() {
    return tokens / seconds();
  }
}
