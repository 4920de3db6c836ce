package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.nlp.ClaimExtractor;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.SerializableSupplier;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 2: CoreNLP reads each article and extracts its claim mentions ({@link Tags#ANALYSES}). An
 * article that makes CoreNLP throw goes to {@link Tags#REJECTS} with the exception class; the
 * others carry on.
 */
public final class ExtractClaims extends PTransform<PCollection<Article>, PCollectionTuple> {
  private final SerializableSupplier<ClaimExtractor> extractors;

  /** The production stage; {@code paraphrases}: also embed sentences (see ClaimExtractor). */
  public static ExtractClaims standard(boolean paraphrases) {
    return new ExtractClaims(extractors(paraphrases));
  }

  /** Each DoFn copy's own extractor over the JVM's shared CoreNLP (extractors are not thread-safe). */
  public static SerializableSupplier<ClaimExtractor> extractors(boolean paraphrases) {
    return () -> ClaimExtractor.standard(paraphrases);
  }

  /** With another extractor: how a test makes CoreNLP fail on one article. */
  public ExtractClaims(SerializableSupplier<ClaimExtractor> extractors) {
    this.extractors = extractors;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "Annotate", ParDo.of(new ExtractFn(extractors)).withOutputTags(Tags.ANALYSES, TupleTagList.of(Tags.REJECTS)));
  }

  static final class ExtractFn extends DoFn<Article, ArticleAnalysis> {
    private final Counter articles = Counts.counter(Counts.ARTICLES);
    private final Counter rejected = Counts.counter(Counts.REJECTED);
    private final Counter sentences = Counts.counter(Counts.SENTENCES);
    private final StageTimer timer = new StageTimer("extract");
    private final SerializableSupplier<ClaimExtractor> extractors;
    private transient ClaimExtractor extractor;

    ExtractFn(SerializableSupplier<ClaimExtractor> extractors) {
      this.extractors = extractors;
    }

    @Setup
    public void setup() {
      // Every DoFn copy shares the JVM's one CoreNLP (NlpPipeline) and sentence encoder; this only
      // wires the lexicons.
      extractor = extractors.get();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      long started = timer.start();
      try {
        ArticleAnalysis analysis = extractor.analyze(article);
        articles.inc();
        sentences.inc(analysis.sentences());
        out.get(Tags.ANALYSES).output(analysis);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        rejected.inc();
        out.get(Tags.REJECTS)
            .output(new Reject(article.source(), "NLP failed: " + e.getClass().getName() + ": " + e.getMessage()));
      } finally {
        timer.stop(started);
      }
    }
  }
}
