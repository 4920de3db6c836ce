package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.source.Fingerprint;
import dev.triangulate.scoring.source.NearCopies;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage 3a: which articles are near-copies of an earlier one, each with the original it copies.
 * Fingerprints are computed in parallel; articles then meet only in the LSH buckets of their
 * fingerprints ({@link NearCopies#find}), linear in articles, on one worker ({@link OnOneWorker}):
 * a GroupByKey on 40 band keys per article made 10,000 one-line articles take minutes on the
 * direct runner, while the fingerprints of a night's articles fit in memory (under 2 KB each).
 */
public final class FindCopies extends PTransform<PCollection<ArticleAnalysis>, PCollection<KV<String, Upstream>>> {

  @Override
  public PCollection<KV<String, Upstream>> expand(PCollection<ArticleAnalysis> analyses) {
    return analyses
        .apply("Fingerprint", ParDo.of(new FingerprintFn()))
        .apply("Originals", new OnOneWorker<>(
            "copies", TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Upstream.class)),
            fingerprints -> NearCopies.find(fingerprints).entrySet().stream()
                .map(copy -> KV.of(copy.getKey(), copy.getValue()))
                .toList()));
  }

  static final class FingerprintFn extends DoFn<ArticleAnalysis, Fingerprint> {
    private final StageTimer timer = new StageTimer("copies");

    @ProcessElement
    public void process(@Element ArticleAnalysis analysis, OutputReceiver<Fingerprint> out) {
      long started = timer.start();
      Fingerprint fingerprint = Fingerprint.of(analysis.article());
      if (!fingerprint.isEmpty()) {
        out.output(fingerprint);
      }
      timer.stop(started);
    }
  }
}
