package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.outlet.Reliability;
import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Stage 5: outlet reliability and claim confidence ({@link Reliability}). Truth discovery iterates
 * over every claim and outlet at once, so it runs on one worker; its cost per round is linear in
 * the sources of all claims.
 */
public final class RateOutlets extends PTransform<PCollection<ClaimVerdict>, PCollection<Reliability.Ratings>> {

  @Override
  public PCollection<Reliability.Ratings> expand(PCollection<ClaimVerdict> verdicts) {
    PCollectionView<List<ClaimVerdict>> all = verdicts.apply("Gather", View.asList());
    return verdicts.getPipeline()
        .apply("Once", Create.of("ratings"))
        .apply("Rate", ParDo.of(new RateFn(all)).withSideInputs(all));
  }

  static final class RateFn extends DoFn<String, Reliability.Ratings> {
    private final PCollectionView<List<ClaimVerdict>> verdicts;
    private final StageTimer timer = new StageTimer("rate");

    RateFn(PCollectionView<List<ClaimVerdict>> verdicts) {
      this.verdicts = verdicts;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long started = timer.start();
      c.output(Reliability.rate(c.sideInput(verdicts)));
      timer.stop(started);
    }
  }
}
