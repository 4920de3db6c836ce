package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.outlet.Reliability;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Stage 5: outlet reliability and claim confidence ({@link Reliability}). Truth discovery iterates
 * over every claim and outlet at once, so it runs on one worker; its cost per round is linear in
 * the sources of all claims.
 */
public final class RateOutlets extends PTransform<PCollection<ClaimVerdict>, PCollection<Reliability.Ratings>> {

  @Override
  public PCollection<Reliability.Ratings> expand(PCollection<ClaimVerdict> verdicts) {
    return verdicts.apply("Rate", new OnOneWorker<>(
        "rate", TypeDescriptor.of(Reliability.Ratings.class), all -> List.of(Reliability.rate(all))));
  }
}
