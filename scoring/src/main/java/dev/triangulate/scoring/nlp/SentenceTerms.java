package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content of one sentence as a set of terms: the words of the canonical names of its entities
 * (so "Beijing" and "Chinese" both give "china") and the lemmas of its nouns, verbs, adjectives
 * and numbers, split at hyphens ("20-year-old" -> 20, year, old). Sorted, for stable output.
 * Not thread-safe (its {@link Lemmatiser}): one per extractor.
 */
final class SentenceTerms {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-–—/']+");

  private final TermLexicon lexicon;
  private final Lemmatiser lemmas;

  SentenceTerms(TermLexicon lexicon, Lemmatiser lemmas) {
    this.lexicon = lexicon;
    this.lemmas = lemmas;
  }

  List<String> of(List<CoreLabel> tokens, TaggedSentence tagged) {
    return of(tokens, tagged, i -> true);
  }

  /** The terms of the tokens at the (0-based) positions {@code keep} accepts. */
  List<String> of(List<CoreLabel> tokens, TaggedSentence tagged, java.util.function.IntPredicate keep) {
    Set<String> terms = new TreeSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!keep.test(i)) {
        continue;
      }
      CoreLabel token = tokens.get(i);
      Entity entity = i < tagged.entities().length ? tagged.entities()[i] : null;
      String text;
      if (entity != null) {
        text = entity.name();
      } else if (isContent(token.tag())) {
        text = lemmas.lemma(token);
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

  private static boolean isContent(String tag) {
    return tag != null
        && (tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("FW"));
  }
}
