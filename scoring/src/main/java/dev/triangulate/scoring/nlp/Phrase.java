package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/** The words of one participant of a proposition, in sentence order, with the word that heads them. */
record Phrase(IndexedWord head, List<IndexedWord> words) {

  Phrase {
    words = List.copyOf(words);
  }

  /** The words as the sentence wrote them, one space apart (CaRB's token convention). */
  String tokens() {
    StringBuilder out = new StringBuilder();
    for (IndexedWord w : words) {
      out.append(out.isEmpty() ? "" : " ").append(w.word());
    }
    return out.toString();
  }

  /** The words as the sentence wrote them, with its own spacing. */
  String text() {
    return Words.text(words);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
