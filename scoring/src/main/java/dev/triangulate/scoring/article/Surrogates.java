package dev.triangulate.scoring.article;

/**
 * Java strings may hold a lone UTF-16 surrogate (a JSON escape of U+D800 decodes to one). Encoded as
 * UTF-8 it silently becomes '?', which the question rules would then read as punctuation the
 * writer chose; written to an output it fails the writer. It becomes U+FFFD instead.
 */
final class Surrogates {
  static final char REPLACEMENT = '\uFFFD';

  private Surrogates() {}

  static String replaceLone(String text) {
    if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .map(cp -> Character.getType(cp) == Character.SURROGATE ? REPLACEMENT : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  static int replacements(String text) {
    return (int) text.chars().filter(c -> c == REPLACEMENT).count();
  }
}
