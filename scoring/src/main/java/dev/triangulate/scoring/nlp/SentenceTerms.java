package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content of one sentence as a set of terms: the words of the canonical names of its entities
 * (so "Beijing" and "Chinese" both give "china") and the lemmas of its nouns, verbs, adjectives
 * and numbers, split at hyphens ("20-year-old" -> 20, year, old). Sorted, for stable output.
 * Not thread-safe (it keeps a lemmatiser): one per extractor.
 */
final class SentenceTerms {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-–—/']+");

  private final TermLexicon lexicon;
  private final Morphology morphology = new Morphology();

  SentenceTerms(TermLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<String> of(List<CoreLabel> tokens, TaggedSentence tagged) {
    Set<String> terms = new TreeSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      Entity entity = i < tagged.entities().length ? tagged.entities()[i] : null;
      String text;
      if (entity != null) {
        text = entity.name();
      } else if (isContent(token.tag())) {
        text = lemma(token);
      } else {
        continue;
      }
      for (String word : WORD_BREAKS.split(text)) {
        if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
          lexicon.term(word).ifPresent(terms::add);
        }
      }
    }
    return List.copyOf(terms);
  }

  /**
   * Headlines are title-cased, and the tagger then takes ordinary words for names ("Militants",
   * "Flying", "Caught") and leaves them unlemmatised: a capitalised word that names no entity is
   * lemmatised as the common word it most likely is.
   */
  private String lemma(CoreLabel token) {
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

  private static boolean isContent(String tag) {
    return tag != null
        && (tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("FW"));
  }
}
