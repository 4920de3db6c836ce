package dev.triangulate.scoring.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A masthead is the outlet's name printed in capitals above the article ("THE DAILY MERIDIAN").
 * Short, upper case and free of sentence punctuation distinguishes it from an opening sentence.
 */
final class Masthead {

  private static final int MAX_WORDS = 5;
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?,;:|]");
  private static final Set<String> MINOR_WORDS =
      Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to");

  private Masthead() {}

  /** The outlet name in title case if {@code line} is a masthead. */
  static Optional<String> outletName(String line) {
    boolean masthead =
        ArticleLines.wordCount(line) <= MAX_WORDS
            // Scripts without case (Han, Arabic ...) have no capitals, so they cannot be one.
            && line.codePoints().anyMatch(Character::isUpperCase)
            && line.codePoints().noneMatch(Character::isLowerCase)
            && !SENTENCE_PUNCTUATION.matcher(line).find();
    return masthead ? Optional.of(titleCase(line)) : Optional.empty();
  }

  static String titleCase(String line) {
    String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean keepLower = i > 0 && MINOR_WORDS.contains(word);
      out.append(i == 0 ? "" : " ")
          .append(keepLower ? word : capitalise(word));
    }
    return out.toString();
  }

  private static String capitalise(String word) {
    int first = word.codePointAt(0);
    return Character.toString(Character.toUpperCase(first)) + word.substring(Character.charCount(first));
  }
}
