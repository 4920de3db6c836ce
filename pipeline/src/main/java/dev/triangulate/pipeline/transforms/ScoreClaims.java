package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimVerdict;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** Stage 4: one {@link ClaimVerdict} per claim from all its mentions. */
public final class ScoreClaims
    extends PTransform<PCollection<KV<String, Iterable<ClaimMention>>>, PCollection<ClaimVerdict>> {

  @Override
  public PCollection<ClaimVerdict> expand(PCollection<KV<String, Iterable<ClaimMention>>> claims) {
    return claims.apply("Verdict", ParDo.of(new ScoreFn()));
  }

  static final class ScoreFn extends DoFn<KV<String, Iterable<ClaimMention>>, ClaimVerdict> {
    private final Counter claims = Counts.counter(Counts.CLAIMS);
    private final StageTimer timer = new StageTimer("score");

    @ProcessElement
    public void process(@Element KV<String, Iterable<ClaimMention>> claim, OutputReceiver<ClaimVerdict> out) {
      long started = timer.start();
      List<ClaimMention> mentions = new ArrayList<>();
      claim.getValue().forEach(mentions::add);
      claims.inc();
      out.output(ClaimVerdict.of(mentions.get(0).claim(), mentions));
      timer.stop(started);
    }
  }
}
