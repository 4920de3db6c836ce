package dev.triangulate.scoring.article;

import java.util.regex.Pattern;

/**
 * A credit line at the foot or head of an article: "(With inputs from agencies)", "Source:
 * Reuters", "Courtesy: PTI". It names where the copy came from (the upstream source), so it is
 * kept beside the article for independence counting, never read as one of its sentences.
 */
final class Credits {

  // "Source:" and "Courtesy:" also open headlines ("Source: Apple set to acquire Path"), so after
  // them only a short list of names counts as a credit; the other openers are credits whatever follows.
  private static final String NAMES =
      "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*|agencies|agency|wires?|staff|and|of|the)"
          + "(?:\\s*[,/&]?\\s*(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*|agencies|agency|wires?|staff|and|of|the)){0,4}";
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "\\(?\\s*(?:(?i:with (?:additional )?inputs? from|inputs? from"
              + "|this (?:story|article) was (?:first |originally )?published (?:by|in|on)|originally published (?:by|in|on))"
              + "\\s+[^.!?]{1,80}?|(?i:sources?\\s*:|courtesy(?: of)?\\s*:?)\\s*" + NAMES + ")[.]?\\s*\\)?\\.?",
          Pattern.UNICODE_CASE);

  private Credits() {}

  static boolean isCredit(String line) {
    return CREDIT_LINE.matcher(line.strip()).matches();
  }
}
