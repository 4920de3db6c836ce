package dev.triangulate.pipeline.transforms;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The counters run.json reports and reconciles (inputs = articles + rejected). */
public final class Counts {
  public static final String NAMESPACE = "counts";
  /** Namespace of the per-stage CPU milliseconds ({@link StageTimer}). */
  public static final String STAGE_MILLIS = "stage_millis";
  public static final String INPUTS = "inputs";
  public static final String ARTICLES = "articles";
  public static final String REJECTED = "rejected";
  public static final String SENTENCES = "sentences";
  public static final String TOKENS = "tokens";
  public static final String MENTIONS = "mentions";
  public static final String CLAIMS = "claims";

  private Counts() {}

  static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
