package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimResolver;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage 3: groups mentions across articles by canonical claim. First by frame (subject +
 * predicate), where {@link ClaimResolver} lets a mention without its optional place join its
 * claim, then by claim id. Both are GroupByKeys: work is linear in mentions, never pairwise.
 */
public final class GroupClaims
    extends PTransform<PCollection<ArticleAnalysis>, PCollection<KV<String, Iterable<ClaimMention>>>> {

  @Override
  public PCollection<KV<String, Iterable<ClaimMention>>> expand(PCollection<ArticleAnalysis> analyses) {
    return analyses
        .apply("Mentions", FlatMapElements.into(TypeDescriptor.of(ClaimMention.class)).via(ArticleAnalysis::mentions))
        .apply("KeyByFrame", WithKeys.of((ClaimMention m) -> m.claim().frame()).withKeyType(TypeDescriptors.strings()))
        .apply("GroupByFrame", GroupByKey.create())
        .apply("ResolveClaims", ParDo.of(new ResolveFn()))
        .apply("GroupByClaim", GroupByKey.create());
  }

  static final class ResolveFn extends DoFn<KV<String, Iterable<ClaimMention>>, KV<String, ClaimMention>> {
    private final StageTimer timer = new StageTimer("group");
    private final Counter mentions = Counts.counter(Counts.MENTIONS);

    @ProcessElement
    public void process(@Element KV<String, Iterable<ClaimMention>> frame, OutputReceiver<KV<String, ClaimMention>> out) {
      long started = timer.start();
      for (ClaimMention m : ClaimResolver.resolve(frame.getValue())) {
        mentions.inc();
        out.output(KV.of(m.claim().id(), m));
      }
      timer.stop(started);
    }
  }
}
