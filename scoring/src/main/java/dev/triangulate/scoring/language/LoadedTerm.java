package dev.triangulate.scoring.language;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;

/**
 * One reason a text scored as loaded: the words as written, the category, whether they sit inside
 * quoted speech (then the outlet is reporting the word, not using it), the key that says when two
 * terms are the same word (the lexicon phrase, lower-cased lemmas, so "regimes" and "Regime" share
 * "regime"; for the other detectors the text lower-cased), and where the words begin in their
 * sentence's text ({@link #UNPLACED} when not known). The place is kept because the text alone
 * cannot say which use of a repeated word was flagged: in "regime change, then the regime" it is
 * the second.
 */
public record LoadedTerm(String text, LoadedCategory category, boolean quoted, String key, int begin)
    implements Serializable {

  /** Quoted speech counts half: the outlet reports the word, but still chose to repeat it. */
  static final double QUOTED_FACTOR = 0.5;

  /** The {@link #begin} of a term built without its sentence. */
  public static final int UNPLACED = -1;

  static final Comparator<LoadedTerm> IN_TEXT_ORDER = Comparator.comparingInt(LoadedTerm::begin);

  /** A term at {@code begin} whose key is its text lower-cased. */
  public LoadedTerm(String text, LoadedCategory category, boolean quoted, int begin) {
    this(text, category, quoted, text.toLowerCase(Locale.ROOT), begin);
  }

  /** A term whose key is its text lower-cased and whose place is not known. */
  public LoadedTerm(String text, LoadedCategory category, boolean quoted) {
    this(text, category, quoted, UNPLACED);
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
