package dev.triangulate.pipeline;

import dev.triangulate.pipeline.io.InputFile;
import dev.triangulate.pipeline.transforms.ExtractClaims;
import dev.triangulate.pipeline.transforms.GroupClaims;
import dev.triangulate.pipeline.transforms.ReadArticles;
import dev.triangulate.pipeline.transforms.ScoreClaims;
import dev.triangulate.pipeline.transforms.Tags;
import dev.triangulate.pipeline.transforms.WriteOutputs;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/** The graph: read -> extract -> group -> score -> write, one composite transform per stage. */
public final class TriangulatePipeline {
  private TriangulatePipeline() {}

  public static void build(Pipeline pipeline, List<InputFile> inputs, String stagingDir) {
    build(pipeline, inputs, stagingDir, new ExtractClaims());
  }

  static void build(Pipeline pipeline, List<InputFile> inputs, String stagingDir, ExtractClaims extract) {
    PCollectionTuple read = pipeline.apply("ReadArticles", new ReadArticles(inputs));
    PCollectionTuple extracted = read.get(Tags.ARTICLES).apply("ExtractClaims", extract);
    PCollection<ArticleAnalysis> analyses = extracted.get(Tags.ANALYSES);
    PCollection<KV<String, Iterable<ClaimMention>>> claims = analyses.apply("GroupClaims", new GroupClaims());
    PCollection<ClaimVerdict> verdicts = claims.apply("ScoreClaims", new ScoreClaims());
    PCollection<ClaimMention> mentions =
        claims.apply("ClaimMentions", Values.create()).apply("FlattenMentions", Flatten.iterables());
    PCollection<dev.triangulate.scoring.article.Reject> rejects =
        PCollectionList.of(read.get(Tags.REJECTS)).and(extracted.get(Tags.REJECTS)).apply("AllRejects", Flatten.pCollections());
    PCollectionTuple.of(Tags.ANALYSES, analyses)
        .and(Tags.MENTIONS, mentions)
        .and(Tags.VERDICTS, verdicts)
        .and(Tags.REJECTS, rejects)
        .apply("WriteOutputs", new WriteOutputs(stagingDir));
  }
}
