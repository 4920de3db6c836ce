package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimGroup;
import dev.triangulate.scoring.claim.ClaimVerdict;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Stage 4: one {@link ClaimVerdict} per claim from all its mentions. */
public final class ScoreClaims extends PTransform<PCollection<ClaimGroup>, PCollection<ClaimVerdict>> {

  @Override
  public PCollection<ClaimVerdict> expand(PCollection<ClaimGroup> claims) {
    return claims.apply("Verdict", ParDo.of(new ScoreFn()));
  }

  static final class ScoreFn extends DoFn<ClaimGroup, ClaimVerdict> {
    private final Counter claims = Counts.counter(Counts.CLAIMS);
    private final StageTimer timer = new StageTimer("score");

    @ProcessElement
    public void process(@Element ClaimGroup group, OutputReceiver<ClaimVerdict> out) {
      long started = timer.start();
      claims.inc();
      out.output(ClaimVerdict.of(group.claim(), group.mentions()));
      timer.stop(started);
    }
  }
}
