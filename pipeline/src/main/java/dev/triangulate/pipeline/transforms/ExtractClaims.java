package dev.triangulate.pipeline.transforms;

import dev.triangulate.pipeline.TriangulateOptions;
import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.Reject;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import dev.triangulate.scoring.nlp.ClaimExtractor;
import dev.triangulate.scoring.nlp.TimeBudget;
import java.time.Duration;
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
 * article that makes CoreNLP throw, or that takes longer than --articleTimeBudgetSeconds, goes to
 * {@link Tags#REJECTS} with the reason; the others carry on.
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
    int budgetSeconds = articles.getPipeline().getOptions().as(TriangulateOptions.class).getArticleTimeBudgetSeconds();
    // ReadArticles already hands its articles over in many bundles (its duplicate-id check groups
    // them by hash bucket), so the workers share even one big .jsonl without a reshuffle here; a
    // reshuffle cost the direct runner more than the NLP itself on thousands of small articles.
    return articles
        .apply(
            "Annotate",
            ParDo.of(new ExtractFn(extractors, budgetSeconds)).withOutputTags(Tags.ANALYSES, TupleTagList.of(Tags.REJECTS)));
  }

  static final class ExtractFn extends DoFn<Article, ArticleAnalysis> {
    private final Counter articles = Counts.counter(Counts.ARTICLES);
    private final Counter rejected = Counts.counter(Counts.REJECTED);
    private final Counter sentences = Counts.counter(Counts.SENTENCES);
    private final Counter tokens = Counts.counter(Counts.TOKENS);
    private final StageTimer timer = new StageTimer("extract");
    private final SerializableSupplier<ClaimExtractor> extractors;
    private final int budgetSeconds;
    private transient ClaimExtractor extractor;
    private transient TimeBudget budget;

    ExtractFn(SerializableSupplier<ClaimExtractor> extractors, int budgetSeconds) {
      this.extractors = extractors;
      this.budgetSeconds = budgetSeconds;
    }

    @Setup
    public void setup() {
      // Every DoFn copy shares the JVM's one CoreNLP (NlpPipeline) and sentence encoder; this only
      // wires the lexicons.
      extractor = extractors.get();
      budget = new TimeBudget(Duration.ofSeconds(budgetSeconds));
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      long started = timer.start();
      try {
        ArticleAnalysis analysis = extractor.analyze(article, budget);
        articles.inc();
        sentences.inc(analysis.sentences());
        tokens.inc(analysis.tokens());
        out.get(Tags.ANALYSES).output(analysis);
      } catch (TimeBudget.ExceededException e) {
        reject(out, article, e.getMessage());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        reject(out, article, "NLP failed: " + e.getClass().getName() + ": " + e.getMessage());
      } finally {
        timer.stop(started);
      }
    }

    private void reject(MultiOutputReceiver out, Article article, String reason) {
      rejected.inc();
      out.get(Tags.REJECTS).output(new Reject(article.source(), reason));
    }
  }
}
