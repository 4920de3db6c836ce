package dev.triangulate.pipeline;

import dev.triangulate.pipeline.io.InputFile;
import dev.triangulate.pipeline.io.WatchlistFile;
import dev.triangulate.pipeline.transforms.ExtractClaims;
import dev.triangulate.pipeline.transforms.FindCopies;
import dev.triangulate.pipeline.transforms.GroupClaims;
import dev.triangulate.pipeline.transforms.RateOutlets;
import dev.triangulate.pipeline.transforms.ReadArticles;
import dev.triangulate.pipeline.transforms.ReadWatchlist;
import dev.triangulate.pipeline.transforms.ScoreClaims;
import dev.triangulate.pipeline.transforms.Tags;
import dev.triangulate.pipeline.transforms.WriteOutputs;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.outlet.Reliability;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The graph: read -> extract -> find copies / group -> score -> rate outlets -> write, one
 * composite transform per stage; the watchlist, when there is one, is read beside the articles
 * and joins at grouping.
 */
public final class TriangulatePipeline {
  private TriangulatePipeline() {}

  /** {@code extract}: the claim extraction stage, which tests replace to make NLP fail. */
  static void build(
      Pipeline pipeline, List<InputFile> inputs, List<WatchlistFile.Entry> watchlist, String stagingDir,
      ExtractClaims extract) {
    TriangulateOptions options = pipeline.getOptions().as(TriangulateOptions.class);
    PCollection<WatchedClaim> watched = pipeline.apply("ReadWatchlist", new ReadWatchlist(watchlist, ExtractClaims.extractors(options.getParaphrases())));
    PCollectionTuple read = pipeline.apply("ReadArticles", new ReadArticles(inputs));
    PCollectionTuple extracted = read.get(Tags.ARTICLES).apply("ExtractClaims", extract);
    PCollection<ArticleAnalysis> analyses = extracted.get(Tags.ANALYSES);
    PCollection<KV<String, Upstream>> copies = analyses.apply("FindCopies", new FindCopies());
    PCollection<ClaimVerdict> verdicts =
        analyses
            .apply("GroupClaims", new GroupClaims(watched, options.getMatchThreshold(), options.getDiscoveryThreshold()))
            .apply("ScoreClaims", new ScoreClaims(copies.apply("CopiesView", View.asMap())));
    PCollection<Reliability.Ratings> ratings = verdicts.apply("RateOutlets", new RateOutlets());
    PCollection<Reject> rejects =
        PCollectionList.of(read.get(Tags.REJECTS)).and(extracted.get(Tags.REJECTS)).apply("AllRejects", Flatten.pCollections());
    PCollectionTuple.of(Tags.ANALYSES, analyses)
        .and(Tags.VERDICTS, verdicts)
        .and(Tags.REJECTS, rejects)
        .and(Tags.RATINGS, ratings)
        .and(Tags.COPIES, copies)
        .apply("WriteOutputs", new WriteOutputs(stagingDir));
  }
}
