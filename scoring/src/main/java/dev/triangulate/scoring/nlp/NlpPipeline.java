package dev.triangulate.scoring.nlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP as claim extraction uses it: tagging (tokenize, ssplit, pos, lemma, ner) of the whole
 * text, then dependency parsing of the sentences of at most {@link #MAX_SENTENCE_TOKENS} tokens
 * only. CoreNLP 4.5.10's parser ignores {@code depparse.maxlen}, and its {@code sentenceTimeout}
 * can leave a run waiting forever on an interrupted parse, so the length limit is kept here and no
 * timeout is set. Loading the models takes seconds and gigabytes, so every caller (each DoFn copy,
 * each test) shares {@link #shared()}; annotation is thread-safe on distinct documents.
 */
public final class NlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);

  /** Longest sentence, in tokens, that POS/NER/parsing will look at; longer ones are skipped. */
  public static final int MAX_SENTENCE_TOKENS = 120;

  private static final Supplier<NlpPipeline> SHARED =
      Suppliers.memoize(
          () -> {
            long start = System.nanoTime();
            NlpPipeline loaded = new NlpPipeline(properties());
            LOG.info("CoreNLP loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return loaded;
          });

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  /** {@code tagging}: the properties of the tagging annotators ({@link #properties()} or a variant). */
  public NlpPipeline(Properties tagging) {
    this.tagger = new StanfordCoreNLP(tagging);
    Properties parsing = new Properties();
    parsing.setProperty("annotators", "depparse");
    parsing.setProperty("enforceRequirements", "false");
    this.parser = new StanfordCoreNLP(parsing);
  }

  /** Built on first use, once per JVM, whichever thread asks first. */
  public static NlpPipeline shared() {
    return SHARED.get();
  }

  /** Tags the text and parses its sentences short enough to parse; longer ones have no graph. */
  public CoreDocument annotate(String text) {
    Annotation document = new Annotation(text);
    tagger.annotate(document);
    List<CoreMap> parseable =
        document.get(CoreAnnotations.SentencesAnnotation.class).stream()
            .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_SENTENCE_TOKENS)
            .toList();
    // The sentence maps are shared with the document: parsing them annotates the document.
    Annotation toParse = new Annotation(text);
    toParse.set(CoreAnnotations.SentencesAnnotation.class, parseable);
    parser.annotate(toParse);
    return new CoreDocument(document);
  }

  /**
   * As {@link #properties()} for text already split into tokens (separated by spaces) and
   * sentences (one a line), as Open IE benchmarks give it.
   */
  public static Properties pretokenized() {
    Properties props = properties();
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.eolonly", "true");
    return props;
  }

  /** The tagging annotators, with the slow NER extras switched off. */
  public static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Paragraphs are separated by blank lines; a heading without a full stop must not swallow the
    // first sentence of the next paragraph.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.combinationMode", "NORMAL");
    String max = Integer.toString(MAX_SENTENCE_TOKENS);
    props.setProperty("pos.maxlen", max);
    props.setProperty("ner.maxlen", max);
    return props;
  }
}
