package dev.triangulate.pipeline.transforms;

import dev.triangulate.pipeline.io.WatchlistFile;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.nlp.ClaimExtractor;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/** Stage 0: the fact-checkers' claims, read by the same NLP as the articles (empty without --claims). */
public final class ReadWatchlist extends PTransform<PBegin, PCollection<WatchedClaim>> {
  private final List<WatchlistFile.Entry> entries;

  public ReadWatchlist(List<WatchlistFile.Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  @Override
  public PCollection<WatchedClaim> expand(PBegin begin) {
    return begin
        .apply("Claims", Create.of(entries).withCoder(SerializableCoder.of(WatchlistFile.Entry.class)))
        .apply("Analyse", ParDo.of(new AnalyseFn()));
  }

  static final class AnalyseFn extends DoFn<WatchlistFile.Entry, WatchedClaim> {
    private transient ClaimExtractor extractor;

    @Setup
    public void setup() {
      extractor = ClaimExtractor.standard();
    }

    @ProcessElement
    public void process(@Element WatchlistFile.Entry entry, OutputReceiver<WatchedClaim> out) {
      out.output(extractor.watched(entry.id(), entry.text()));
    }
  }
}
