package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas that survive title case. Headlines are title-cased, and the tagger then takes ordinary
 * words for names ("Militants", "Flying", "Claims") and leaves them unlemmatised: a word tagged as
 * a name is lemmatised, lower-cased, as the common word it most likely is. Callers that keep real
 * names ask only for words that name no entity. Not thread-safe (it keeps CoreNLP's Morphology):
 * one per extractor.
 */
final class Lemmatiser {
  /** Cleared when full: it only has to hold one article's names for Morphology to run once per name. */
  private static final int CACHED_WORDS = 10_000;

  private final Morphology morphology = new Morphology();
  private final Map<String, String> lemmas = new HashMap<>();

  String lemma(CoreLabel token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    if (token.tag() == null || !token.tag().startsWith("NNP")) {
      return lemma;
    }
    String lower = token.word().toLowerCase(Locale.ROOT);
    String cached = lemmas.get(lower);
    if (cached == null) {
      if (lemmas.size() >= CACHED_WORDS) {
        lemmas.clear();
      }
      cached = commonWordLemma(lower);
      lemmas.put(lower, cached);
    }
    return cached;
  }

  private String commonWordLemma(String lower) {
    if (lower.endsWith("ing") && lower.length() > 5) {
      return morphology.lemma(lower, "VBG");
    }
    if (lower.endsWith("ed") && lower.length() > 4) {
      return morphology.lemma(lower, "VBD");
    }
    return morphology.lemma(lower, lower.endsWith("s") ? "NNS" : "NN");
  }
}
