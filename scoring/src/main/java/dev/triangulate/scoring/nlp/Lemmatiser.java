package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * Lemmas that survive title case. Headlines are title-cased, and the tagger then takes ordinary
 * words for names ("Militants", "Flying", "Claims") and leaves them unlemmatised: a word tagged as
 * a name is lemmatised, lower-cased, as the common word it most likely is. Callers that keep real
 * names ask only for words that name no entity. Not thread-safe (it keeps CoreNLP's Morphology):
 * one per extractor.
 */
final class Lemmatiser {
  private final Morphology morphology = new Morphology();

  String lemma(CoreLabel token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    if (token.tag() == null || !token.tag().startsWith("NNP")) {
      return lemma;
    }
    String lower = token.word().toLowerCase(Locale.ROOT);
    if (lower.endsWith("ing") && lower.length() > 5) {
      return morphology.lemma(lower, "VBG");
    }
    if (lower.endsWith("ed") && lower.length() > 4) {
      return morphology.lemma(lower, "VBD");
    }
    return morphology.lemma(lower, lower.endsWith("s") ? "NNS" : "NN");
  }
}
