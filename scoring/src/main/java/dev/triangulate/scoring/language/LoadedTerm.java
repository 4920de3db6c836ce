package dev.triangulate.scoring.language;

import java.io.Serializable;
import java.util.Locale;

/**
 * One reason a text scored as loaded: the words as written, the category, whether they sit inside
 * quoted speech (then the outlet is reporting the word, not using it), and the key that says when
 * two terms are the same word: the lexicon phrase (lower-cased lemmas, so "regimes" and "Regime"
 * share "regime"), or for the other detectors the text lower-cased.
 */
public record LoadedTerm(String text, LoadedCategory category, boolean quoted, String key) implements Serializable {

  /** Quoted speech counts half: the outlet reports the word, but still chose to repeat it. */
  static final double QUOTED_FACTOR = 0.5;

  /** A term whose key is its text lower-cased. */
  public LoadedTerm(String text, LoadedCategory category, boolean quoted) {
    this(text, category, quoted, text.toLowerCase(Locale.ROOT));
  }

  /** This term's contribution to a raw score. */
  public double weight() {
    return category.weight() * (quoted ? QUOTED_FACTOR : 1.0);
  }

  /** The form used in CSV cells: {@code terror group[label]}, quoted ones marked {@code [label,quoted]}. */
  public String display() {
    return text + "[" + category.label() + (quoted ? ",quoted" : "") + "]";
  }
}
