package dev.triangulate.scoring.language;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scare quotes: a writer's own distancing quotes around a short noun phrase, as in the so-called
 * "peace delegation". Told apart from a partial quote of a source (the minister called the talks
 * "productive") by what precedes the opening mark: a determiner or possessive makes the quoted
 * words a noun phrase in the writer's sentence rather than a clause, and a speech verb just before
 * makes it attribution.
 */
final class ScareQuotes {

  private static final int MAX_WORDS = 3;
  private static final int ATTRIBUTION_WINDOW = 4;
  private static final ImmutableSet<String> NOUN_PHRASE_OPENERS =
      ImmutableSet.of(
          "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "your", "my", "'s", "so-called", "self-styled", "self-proclaimed", "supposed", "alleged");
  private static final ImmutableSet<String> DETERMINER_TAGS = ImmutableSet.of("DT", "PDT", "PRP$", "POS");
  private static final ImmutableSet<String> SPEECH_VERBS =
      ImmutableSet.of(
          "say", "call", "describe", "term", "dub", "brand", "label", "tell", "add", "write", "warn",
          "claim", "insist", "accuse", "denounce", "condemn");

  private ScareQuotes() {}

  static List<LoadedTerm> find(SentenceTokens tokens, QuotedSpans quotes) {
    List<LoadedTerm> hits = new ArrayList<>();
    for (QuotedSpans.Span span : quotes.paired()) {
      List<Integer> inside = wordsInside(tokens, span);
      if (inside.isEmpty() || inside.size() > MAX_WORDS) {
        continue;
      }
      int before = tokens.lastTokenEndingBy(span.begin() - 1);
      int opener = before < 0 ? -1 : tokens.compoundStart(before);
      if (opener >= 0 && opensNounPhrase(tokens, opener, before) && !attributed(tokens, opener)) {
        int first = inside.get(0);
        String text = tokens.span(first, inside.get(inside.size() - 1) + 1);
        hits.add(new LoadedTerm(text, LoadedCategory.SCARE_QUOTES, false, tokens.word(first).begin()));
      }
    }
    return hits;
  }

  private static List<Integer> wordsInside(SentenceTokens tokens, QuotedSpans.Span span) {
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.isWord(i) && span.covers(tokens.word(i).begin(), tokens.word(i).end())) {
        inside.add(i);
      }
    }
    return inside;
  }

  /**
   * Words {@code from..to} (one word, or the parts of a compound such as "so-called") just before
   * the opening mark make the quoted words a noun phrase.
   */
  private static boolean opensNounPhrase(SentenceTokens tokens, int from, int to) {
    String pos = tokens.word(to).pos() == null ? "" : tokens.word(to).pos().toUpperCase(Locale.ROOT);
    return DETERMINER_TAGS.contains(pos)
        || NOUN_PHRASE_OPENERS.contains(tokens.span(from, to + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * A speech verb among the few words before the opener, not in it: "called" in "so-called" is part
   * of the opener, not someone calling the words something.
   */
  private static boolean attributed(SentenceTokens tokens, int opener) {
    for (int i = opener - 1; i >= 0 && i > opener - ATTRIBUTION_WINDOW; i--) {
      if (SPEECH_VERBS.contains(tokens.lemmaKeys().get(i))) {
        return true;
      }
    }
    return false;
  }
}
