package dev.triangulate.scoring.article;

import java.util.regex.Pattern;

/**
 * A credit line at the foot or head of an article: "(With inputs from agencies)", "Source:
 * Reuters", "Courtesy: PTI". It names where the copy came from (the upstream source), so it is
 * kept beside the article for independence counting, never read as one of its sentences.
 */
final class Credits {

  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "\\(?\\s*(?:with (?:additional )?inputs? from|inputs? from|sources?\\s*:|courtesy(?: of)?\\s*:?"
              + "|this (?:story|article) was (?:first |originally )?published (?:by|in|on)|originally published (?:by|in|on))"
              + "\\s+[^.!?]{1,80}?[.]?\\s*\\)?\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Credits() {}

  static boolean isCredit(String line) {
    return CREDIT_LINE.matcher(line.strip()).matches();
  }
}
