package dev.triangulate.pipeline.transforms;

import dev.triangulate.pipeline.TriangulateOptions;
import dev.triangulate.pipeline.io.ClaimReviews;
import dev.triangulate.pipeline.io.CsvOutput;
import dev.triangulate.pipeline.io.CsvTables;
import dev.triangulate.pipeline.io.ReportPage;
import dev.triangulate.pipeline.io.RunChanges;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.nlp.ArticleSummary;
import dev.triangulate.scoring.outlet.OutletSummary;
import dev.triangulate.scoring.outlet.Reliability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Stage 6: writes the CSV tables (coverage.csv in watchlist mode), report.html, claimreview.jsonl and (with --previous) changes.csv
 * into a staging directory (the launcher moves it into place once the whole run has succeeded).
 * Every table needs all its rows to sort them, so the rows arrive as side inputs of a single write
 * step.
 */
public final class WriteOutputs extends PTransform<PCollectionTuple, PDone> {
  private final String stagingDir;

  public WriteOutputs(String stagingDir) {
    this.stagingDir = stagingDir;
  }

  @Override
  public PDone expand(PCollectionTuple results) {
    PCollectionView<List<ArticleSummary>> analyses =
        results.get(Tags.ANALYSES)
            .apply("Summaries", MapElements.into(TypeDescriptor.of(ArticleSummary.class)).via(ArticleAnalysis::summary))
            .apply("Articles", View.asList());
    PCollectionView<List<ClaimVerdict>> verdicts = results.get(Tags.VERDICTS).apply("Verdicts", View.asList());
    PCollectionView<List<Reject>> rejects = results.get(Tags.REJECTS).apply("Rejects", View.asList());
    PCollectionView<Reliability.Ratings> ratings = results.get(Tags.RATINGS).apply("Ratings", View.asSingleton());
    PCollectionView<Map<String, Upstream>> copies = results.get(Tags.COPIES).apply("Copies", View.asMap());
    results
        .getPipeline()
        .apply("Once", Create.of(stagingDir))
        .apply(
            "WriteCsv",
            ParDo.of(new WriteFn(analyses, verdicts, rejects, ratings, copies))
                .withSideInputs(analyses, verdicts, rejects, ratings, copies));
    return PDone.in(results.getPipeline());
  }

  static final class WriteFn extends DoFn<String, Void> {
    private final PCollectionView<List<ArticleSummary>> analyses;
    private final PCollectionView<List<ClaimVerdict>> verdicts;
    private final PCollectionView<List<Reject>> rejects;
    private final PCollectionView<Reliability.Ratings> ratings;
    private final PCollectionView<Map<String, Upstream>> copies;
    private final StageTimer timer = new StageTimer("write");

    WriteFn(
        PCollectionView<List<ArticleSummary>> analyses,
        PCollectionView<List<ClaimVerdict>> verdicts,
        PCollectionView<List<Reject>> rejects,
        PCollectionView<Reliability.Ratings> ratings,
        PCollectionView<Map<String, Upstream>> copies) {
      this.analyses = analyses;
      this.verdicts = verdicts;
      this.rejects = rejects;
      this.ratings = ratings;
      this.copies = copies;
    }

    @ProcessElement
    public void process(@Element String dir, ProcessContext c) {
      long started = timer.start();
      Path staging = Path.of(dir);
      try {
        Files.createDirectories(staging);
        List<ArticleSummary> articles = c.sideInput(analyses);
        Reliability.Ratings rated = c.sideInput(ratings);
        List<ClaimVerdict> claims =
            c.sideInput(verdicts).stream().map(v -> v.withConfidence(rated.confidence(v.claim().id()))).toList();
        Map<String, Upstream> originals = c.sideInput(copies);
        List<OutletSummary> outlets = OutletSummary.summarize(articles, claims, rated, originals, LoadedLanguageScorer.standard());
        TriangulateOptions options = c.getPipelineOptions().as(TriangulateOptions.class);
        CsvOutput csv = new CsvOutput(staging, options.getExcelBom());
        CsvTables.verdicts(csv, claims);
        CsvTables.mentions(csv, claims);
        if (!options.getClaims().isEmpty()) {
          CsvTables.coverage(csv, claims);
        }
        CsvTables.articles(csv, articles, originals);
        CsvTables.outlets(csv, outlets);
        CsvTables.rejects(csv, c.sideInput(rejects));
        ReportPage.write(staging.resolve(ReportPage.REPORT_HTML), claims, articles, outlets);
        ClaimReviews.write(staging.resolve(ClaimReviews.CLAIMREVIEW_JSONL), claims, articles);
        if (!options.getPrevious().isEmpty()) {
          // Still the previous outputs even when --previous is --output: they are replaced only after the run.
          RunChanges.write(Path.of(options.getPrevious()), csv);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write outputs to " + staging, e);
      }
      timer.stop(started);
    }
  }
}
