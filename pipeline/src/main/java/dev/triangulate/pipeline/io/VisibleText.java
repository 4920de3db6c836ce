package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.InvisibleCharacters;
import java.util.Locale;

/**
 * What every output shows of a string from the inputs: {@link InvisibleCharacters} written out as
 * "<U+202E>", so that an id, an outlet or a sentence looks in a spreadsheet, a JSON viewer or the
 * report like what it is. Every writer of CSV, of claimreview.jsonl and of report.html passes its
 * text through here.
 */
final class VisibleText {

  private VisibleText() {}

  static String of(String text) {
    if (text.codePoints().noneMatch(InvisibleCharacters::isInvisible)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      if (InvisibleCharacters.isInvisible(cp)) {
        out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
