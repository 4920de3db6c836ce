package dev.triangulate.scoring.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outlet's name printed above the article. Two shapes are recognised on the first lines of a
 * page: a short line in capitals ("THE DAILY MERIDIAN"), and a short capitalised name followed by
 * its slogan and then the headline ("News Leak Centre" / "No Fear No Favour" / "Shocking - China
 * is ready ..."). A capitalised short line alone is not taken: it is as often a short headline.
 */
final class Masthead {

  /** What the top of the page held: the outlet name and how many leading lines it took. */
  record Found(String outlet, int lines) {}

  private static final int MAX_WORDS = 5;
  private static final int TAGLINE_MAX_WORDS = 8;
  private static final int HEADLINE_MAX_WORDS = 25;
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?,;:|]");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private Masthead() {}

  /**
   * The masthead among the first non-empty lines of a page, with its tagline when the lines below
   * are a slogan and then a headline followed by more text.
   */
  static Optional<Found> find(List<String> leading) {
    if (leading.isEmpty()) {
      return Optional.empty();
    }
    String first = leading.get(0).strip();
    boolean taglineFollows =
        leading.size() >= 4 && isTagline(leading.get(1)) && isHeadline(leading.get(2));
    if (isCapitalsName(first)) {
      return Optional.of(new Found(titleCase(first), taglineFollows ? 2 : 1));
    }
    if (taglineFollows && isCapitalisedName(first)) {
      return Optional.of(new Found(first, 2));
    }
    return Optional.empty();
  }

  /** The outlet name in title case if {@code line} is a masthead in capitals. */
  static Optional<String> outletName(String line) {
    return isCapitalsName(line) ? Optional.of(titleCase(line)) : Optional.empty();
  }

  private static boolean isCapitalsName(String line) {
    return isShortName(line)
        // Scripts without case (Han, Arabic ...) have no capitals, so they cannot be one.
        && line.codePoints().anyMatch(Character::isUpperCase)
        && line.codePoints().noneMatch(Character::isLowerCase);
  }

  private static boolean isCapitalisedName(String line) {
    if (!isShortName(line) || DIGIT.matcher(line).find()) {
      return false;
    }
    String[] words = line.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      boolean capitalised = Character.isUpperCase(words[i].codePointAt(0));
      if (!capitalised && (i == 0 || !Headings.MINOR_WORDS.contains(words[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShortName(String line) {
    return ArticleLines.wordCount(line) <= MAX_WORDS && !SENTENCE_PUNCTUATION.matcher(line).find();
  }

  private static boolean isTagline(String line) {
    return ArticleLines.wordCount(line) <= TAGLINE_MAX_WORDS && !line.strip().endsWith(".") && !DIGIT.matcher(line).find();
  }

  private static boolean isHeadline(String line) {
    return ArticleLines.wordCount(line) <= HEADLINE_MAX_WORDS && !line.strip().endsWith(".");
  }

  static String titleCase(String line) {
    String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean keepLower = i > 0 && Headings.MINOR_WORDS.contains(word);
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
