package dev.triangulate.scoring.language;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The double-quoted stretches of one sentence. Only double quotes count: single quotes cannot be
 * told apart from apostrophes. A quote left open runs to the end of the sentence and a closing
 * quote with no opener starts at the beginning, because quoted speech often spans several of the
 * sentence splitter's sentences.
 */
final class QuotedSpans {

  /**
   * Characters [begin, end) between the marks; {@code paired} when both marks are in this sentence,
   * i.e. the whole quotation is visible and its length means something.
   */
  record Span(int begin, int end, boolean paired) {

    boolean covers(int from, int to) {
      return from >= begin && to <= end;
    }
  }

  private final ImmutableList<Span> spans;

  private QuotedSpans(ImmutableList<Span> spans) {
    this.spans = spans;
  }

  static QuotedSpans of(String text) {
    ImmutableList.Builder<Span> spans = ImmutableList.builder();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isQuote(c)) {
        continue;
      }
      if (opens(text, i, open >= 0)) {
        if (open < 0) {
          open = i + 1;
        }
      } else if (open >= 0) {
        spans.add(new Span(open, i, true));
        open = -1;
      } else {
        spans.add(new Span(0, i, false));
      }
    }
    if (open >= 0) {
      spans.add(new Span(open, text.length(), false));
    }
    return new QuotedSpans(spans.build());
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  /** Curly marks say which way they face; a straight one is read from its neighbours. */
  private static boolean opens(String text, int i, boolean insideQuote) {
    char c = text.charAt(i);
    if (c != '"') {
      return c == '“' || c == '„' || c == '«';
    }
    if (insideQuote) {
      return false;
    }
    boolean afterText =
        i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "([{—–-".indexOf(text.charAt(i - 1)) < 0;
    boolean beforeGap = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return !(afterText && beforeGap);
  }

  boolean covers(int from, int to) {
    return spans.stream().anyMatch(span -> span.covers(from, to));
  }

  boolean covers(int offset) {
    return covers(offset, offset + 1);
  }

  List<Span> paired() {
    return spans.stream().filter(Span::paired).toList();
  }
}
