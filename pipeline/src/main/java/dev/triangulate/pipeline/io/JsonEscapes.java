package dev.triangulate.pipeline.io;

/**
 * Mends the backslash escapes of one JSON line that JSON does not define (backslash-x, a
 * backslash-u without four hex digits, a backslash closing the line): each becomes the escape of
 * U+FFFD, so the article is read with the one character it lost (counted in articles.csv)
 * instead of the whole line being a reject.
 * Everything else is left for the JSON parser to judge.
 */
public final class JsonEscapes {
  private static final String REPLACEMENT = "\\uFFFD";
  private static final String SINGLE = "\"\\/bfnrt";
  private static final String HEX = "0123456789abcdefABCDEF";

  private JsonEscapes() {}

  public static String repair(String line) {
    // Which backslashes are escapes depends on whether they stand inside a string, so the line is
    // walked once, quote by quote, the way a JSON lexer reads it.
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    boolean inString = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        inString = !inString;
      } else if (c == '\\' && inString) {
        int length = escapeLength(line, i);
        out.append(length > 0 ? line.substring(i, i + length) : REPLACEMENT);
        i += length > 0 ? length : badEscapeLength(line, i);
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Length of the valid escape starting at {@code at}, or 0 when it is not one. */
  private static int escapeLength(String line, int at) {
    if (at + 1 >= line.length()) {
      return 0;
    }
    char kind = line.charAt(at + 1);
    if (SINGLE.indexOf(kind) >= 0) {
      return 2;
    }
    return kind == 'u' && hexDigits(line, at + 2) == 4 ? 6 : 0;
  }

  /** The backslash, the character after it, and the hex digits of a cut-short backslash-u. */
  private static int badEscapeLength(String line, int at) {
    if (at + 1 >= line.length()) {
      return 1;
    }
    return line.charAt(at + 1) == 'u' ? 2 + hexDigits(line, at + 2) : 2;
  }

  private static int hexDigits(String line, int from) {
    int n = 0;
    while (n < 4 && from + n < line.length() && HEX.indexOf(line.charAt(from + n)) >= 0) {
      n++;
    }
    return n;
  }
}
