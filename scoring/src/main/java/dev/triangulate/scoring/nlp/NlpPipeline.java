package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of this JVM. Loading the models takes seconds and gigabytes, so every
 * caller (each DoFn copy, each test) shares it; {@link StanfordCoreNLP#annotate} is thread-safe on
 * distinct Annotations.
 */
public final class NlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);

  /** Longest sentence, in tokens, that POS/NER/parsing will look at; longer ones are skipped. */
  public static final int MAX_SENTENCE_TOKENS = 120;

  private static volatile StanfordCoreNLP shared;

  private NlpPipeline() {}

  public static StanfordCoreNLP get() {
    StanfordCoreNLP local = shared;
    if (local == null) {
      synchronized (NlpPipeline.class) {
        local = shared;
        if (local == null) {
          long start = System.nanoTime();
          local = new StanfordCoreNLP(properties());
          LOG.info("CoreNLP loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
          shared = local;
        }
      }
    }
    return local;
  }

  /** The smallest annotator set claim extraction needs, with the slow NER extras switched off. */
  public static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
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
    props.setProperty("depparse.maxlen", max);
    props.setProperty("depparse.sentenceTimeout", "5000");
    return props;
  }
}
