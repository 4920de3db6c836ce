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
import org.apache.beam.sdk.util.SerializableSupplier;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/** Stage 0: the fact-checkers' claims, read by the same NLP as the articles (empty without --claims). */
public final class ReadWatchlist extends PTransform<PBegin, PCollection<WatchedClaim>> {
  private final List<WatchlistFile.Entry> entries;
  private final SerializableSupplier<ClaimExtractor> extractors;

  /** {@code extractors}: how each DoFn copy gets its extractor, the same as the articles'. */
  public ReadWatchlist(List<WatchlistFile.Entry> entries, SerializableSupplier<ClaimExtractor> extractors) {
    this.entries = List.copyOf(entries);
    this.extractors = extractors;
  }

  @Override
  public PCollection<WatchedClaim> expand(PBegin begin) {
    return begin
        .apply("Claims", Create.of(entries).withCoder(SerializableCoder.of(WatchlistFile.Entry.class)))
        .apply("Analyse", ParDo.of(new AnalyseFn(extractors)));
  }

  static final class AnalyseFn extends DoFn<WatchlistFile.Entry, WatchedClaim> {
    private final SerializableSupplier<ClaimExtractor> extractors;
    private transient ClaimExtractor extractor;

    AnalyseFn(SerializableSupplier<ClaimExtractor> extractors) {
      this.extractors = extractors;
    }

    @Setup
    public void setup() {
      extractor = extractors.get();
    }

    @ProcessElement
    public void process(@Element WatchlistFile.Entry entry, OutputReceiver<WatchedClaim> out) {
      out.output(extractor.watched(entry.id(), entry.text()));
    }
  }
}
