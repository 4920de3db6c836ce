package dev.triangulate.scoring.article;

import java.io.Serializable;

/**
 * What reading an article's text had to change, so that a reviewer can tell a clean article from
 * a patched one (articles.csv). {@code undecodable}: characters of the text that could not be
 * decoded (a lone surrogate, an invalid JSON escape) and stand as U+FFFD, including any U+FFFD
 * the text arrived with, since those were lost before it reached us. {@code cutTokens}: tokens
 * longer than {@link LongTokens#MAX_TOKEN_CHARS} characters cut from the text before NLP.
 */
public record TextRepairs(int undecodable, int cutTokens) implements Serializable {

  public static final TextRepairs NONE = new TextRepairs(0, 0);
}
