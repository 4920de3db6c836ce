package dev.triangulate.scoring.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Puts decoded text into one canonical shape so that the line rules downstream stay simple. */
final class TextNormalizer {

  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\p{Zs}]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern ONLY_WHITESPACE =
      Pattern.compile("[\\s\\p{Z}\\u200B\\u200C\\u200D\\u2060\\uFEFF]*");

  private TextNormalizer() {}

  /** True when nothing visible is left, counting zero-width and no-break spaces as whitespace. */
  static boolean isOnlyWhitespace(String text) {
    return ONLY_WHITESPACE.matcher(text).matches();
  }

  /**
   * LF line endings, NFC, no zero-width characters, HTML reduced to text, single spaces, trimmed
   * lines and at most one blank line in a row.
   */
  static String normalize(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = ZERO_WIDTH.matcher(s).replaceAll("");
    if (HtmlText.looksLikeHtml(s)) {
      s = HtmlText.toPlainText(s);
    }
    return tidySpaces(s);
  }

  /** Single spaces, trimmed lines and at most one blank line in a row. */
  static String tidySpaces(String text) {
    String s = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
    s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
    return BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
  }
}
