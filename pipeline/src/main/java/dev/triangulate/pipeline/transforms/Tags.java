package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import org.apache.beam.sdk.values.TupleTag;

/** Output tags shared by the stages that can reject an input. */
public final class Tags {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<ArticleAnalysis> ANALYSES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<ClaimVerdict> VERDICTS = new TupleTag<>() {};

  private Tags() {}
}
