package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimGroup;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Upstream;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Stage 4: one {@link ClaimVerdict} per claim from all its mentions; mentions from near-copied
 * articles lean on their original (see {@link FindCopies}).
 */
public final class ScoreClaims extends PTransform<PCollection<ClaimGroup>, PCollection<ClaimVerdict>> {
  private final PCollectionView<Map<String, Upstream>> copies;

  public ScoreClaims(PCollectionView<Map<String, Upstream>> copies) {
    this.copies = copies;
  }

  @Override
  public PCollection<ClaimVerdict> expand(PCollection<ClaimGroup> claims) {
    return claims.apply("Verdict", ParDo.of(new ScoreFn(copies)).withSideInputs(copies));
  }

  static final class ScoreFn extends DoFn<ClaimGroup, ClaimVerdict> {
    private final Counter claims = Counts.counter(Counts.CLAIMS);
    private final StageTimer timer = new StageTimer("score");
    private final PCollectionView<Map<String, Upstream>> copies;

    ScoreFn(PCollectionView<Map<String, Upstream>> copies) {
      this.copies = copies;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long started = timer.start();
      claims.inc();
      Map<String, Upstream> originals = c.sideInput(copies);
      List<ClaimMention> mentions =
          c.element().mentions().stream()
              .map(m -> {
                Upstream original = originals.get(m.articleId());
                return original == null ? m : m.asCopyOf(original.source(), original.copyOf());
              })
              .toList();
      c.output(ClaimVerdict.of(c.element().claim(), mentions));
      timer.stop(started);
    }
  }
}
