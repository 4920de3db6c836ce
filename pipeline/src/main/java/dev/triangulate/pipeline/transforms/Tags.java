package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.outlet.Reliability;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** Tags of the stages' outputs: those that can reject an input, and what the writer gathers. */
public final class Tags {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ArticleAnalysis> ANALYSES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<ClaimVerdict> VERDICTS = new TupleTag<>() {};
  public static final TupleTag<Reliability.Ratings> RATINGS = new TupleTag<>() {};
  public static final TupleTag<KV<String, Upstream>> COPIES = new TupleTag<>() {};

  private Tags() {}
}
