package dev.triangulate.scoring.article;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejects text that CoreNLP's English models cannot read: tables of numbers, run-on text without
 * sentence breaks, other scripts, other languages. Fed to the English models such text yields no claims at best and invented ones at
 * worst, and an empty row in articles.csv would hide why.
 */
final class ProseCheck {

  /** English prose is about 80% letters (spaces aside); a table of figures is well under half. */
  private static final double MIN_LETTER_SHARE = 0.4;

  /**
   * Below this many characters (letters, for the script) or words a text is a headline or a
   * caption: too little to judge by, and short items (the Emergent headlines) must not be
   * rejected for it.
   */
  private static final int MIN_CHARACTERS = 20;
  private static final int MIN_WORDS = 40;

  /**
   * A third or more of the words of English prose are among these; German, French or Spanish
   * prose scores a few per cent (their "in", "a", "so"), which is why the bar is low.
   */
  private static final double MIN_ENGLISH_SHARE = 0.10;
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that",
          "this", "it", "its", "he", "she", "they", "his", "her", "their", "said", "not", "will",
          "would", "which", "who");

  /**
   * CoreNLP reads a paragraph without a full stop as one sentence, and its dependency parser takes
   * seconds on thousands of tokens (it has no length limit); past its time limit it can stall the
   * whole run. News sentences stay well under a hundred words.
   */
  private static final int MAX_SENTENCE_WORDS = 250;
  /** Where CoreNLP ends a sentence: closing punctuation, or a blank line (ssplit.newlineIsSentenceBreak=two). */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]+(?=\\s|$)|\\n\\s*\\n");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}']+");

  private ProseCheck() {}

  /** Why {@code body} is not English prose, or empty when it is (or is too short to tell). */
  static Optional<String> problem(String body) {
    int visible = 0;
    int letters = 0;
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    for (int i = 0; i < body.length(); ) {
      int cp = body.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      visible++;
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (visible >= MIN_CHARACTERS && letters < MIN_LETTER_SHARE * visible) {
      return Optional.of(String.format(
          Locale.ROOT, "not prose: only %d%% of the visible characters are letters", 100 * letters / visible));
    }
    int longest = longestSentenceWords(body);
    if (longest > MAX_SENTENCE_WORDS) {
      return Optional.of(
          "not prose: " + longest + " words without a sentence break (limit " + MAX_SENTENCE_WORDS + ")");
    }
    if (letters < MIN_CHARACTERS) {
      return Optional.empty();
    }
    UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    if (main != UnicodeScript.LATIN) {
      return Optional.of("not English: written mostly in " + displayName(main) + " script");
    }
    return notEnglishWords(body);
  }

  private static int longestSentenceWords(String body) {
    int longest = 0;
    for (String sentence : SENTENCE_BREAK.split(body)) {
      String stripped = sentence.strip();
      if (!stripped.isEmpty()) {
        longest = Math.max(longest, WHITESPACE.split(stripped).length);
      }
    }
    return longest;
  }

  private static Optional<String> notEnglishWords(String body) {
    List<String> words =
        Arrays.stream(WORD_SPLIT.split(body.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    long english = words.stream().filter(ENGLISH_FUNCTION_WORDS::contains).count();
    return english < MIN_ENGLISH_SHARE * words.size()
        ? Optional.of("not English: only " + english + " of " + words.size() + " words are common English words")
        : Optional.empty();
  }

  private static String displayName(UnicodeScript script) {
    String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
