package dev.triangulate.scoring.article;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sub-heading inside an article ("USING THE SECURITY SECTOR", "Talks in Tianjin"): a short
 * line in capitals or title case that ends without sentence punctuation. Scrapers keep it on a
 * line of its own directly above the next paragraph, where a sentence splitter would run it into
 * that paragraph's first sentence; it is a heading, never a claim.
 */
public final class Headings {

  private static final int MAX_WORDS = 15;
  private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile(".*[.!?,;:\"”’)]$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  /** The words title case leaves in lower case ("Talks in Tianjin"); any other lower-case word is prose. */
  static final Set<String> MINOR_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "from",
          "into", "over", "as", "vs", "via", "up", "off", "out", "amid", "after", "against");

  private Headings() {}

  /** Whether {@code line} (one line, or one sentence) reads as a heading. */
  public static boolean isHeading(String line) {
    String candidate = line.strip();
    int words = ArticleLines.wordCount(candidate);
    if (words < 2 || words > MAX_WORDS || ENDS_LIKE_A_SENTENCE.matcher(candidate).matches()) {
      return false;
    }
    return isAllCaps(candidate) || isTitleCase(candidate);
  }

  private static boolean isAllCaps(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters >= 4 && text.codePoints().noneMatch(Character::isLowerCase);
  }

  private static boolean isTitleCase(String text) {
    var words = WORD.matcher(text);
    int capitalised = 0;
    while (words.find()) {
      String word = words.group();
      if (Character.isUpperCase(word.codePointAt(0))) {
        capitalised++;
      } else if (!MINOR_WORDS.contains(word)) {
        return false;
      }
    }
    return capitalised >= 2;
  }
}
