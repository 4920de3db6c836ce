package dev.triangulate.scoring.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts tokens no language has words for (a base64 blob, a run of one letter pasted a million
 * times) out of the text before NLP: CoreNLP's tokenizer spends minutes of CPU on a
 * million-character one and the article then missed its time budget, losing its real sentences.
 */
final class LongTokens {

  /**
   * Longest token kept, in characters. English words stay under 50 and a long tracking URL under
   * 300; anything longer carries nothing the claim rules could read.
   */
  static final int MAX_TOKEN_CHARS = 300;

  private static final Pattern LONG_TOKEN = Pattern.compile("\\S{" + (MAX_TOKEN_CHARS + 1) + ",}");

  record Cut(String text, int tokens) {}

  private LongTokens() {}

  /** {@code normalized}: text as {@link TextNormalizer#normalize} leaves it, tidied again after the cut. */
  static Cut cut(String normalized) {
    Matcher matcher = LONG_TOKEN.matcher(normalized);
    int tokens = (int) matcher.results().count();
    if (tokens == 0) {
      return new Cut(normalized, 0);
    }
    return new Cut(TextNormalizer.tidySpaces(matcher.reset().replaceAll("")), tokens);
  }
}
