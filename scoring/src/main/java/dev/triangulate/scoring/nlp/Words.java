package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/** Sentence words back to text. */
final class Words {
  private Words() {}

  /** The words with the spacing the sentence had between them (one space where words were skipped). */
  static String text(List<IndexedWord> words) {
    StringBuilder out = new StringBuilder();
    IndexedWord previous = null;
    for (IndexedWord w : words) {
      if (previous != null) {
        String after = previous.backingLabel().after();
        boolean adjacent = w.index() == previous.index() + 1;
        out.append(adjacent && after != null ? (after.isEmpty() ? "" : " ") : " ");
      }
      String original = w.backingLabel().originalText();
      out.append(original == null || original.isEmpty() ? w.word() : original);
      previous = w;
    }
    return out.toString();
  }
}
