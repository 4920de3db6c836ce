package dev.triangulate.scoring.language;

import java.io.Serializable;

/**
 * One reason a text scored as loaded: the words as written, the category, and whether they sit
 * inside quoted speech (then the outlet is reporting the word, not using it).
 */
public record LoadedTerm(String text, LoadedCategory category, boolean quoted) implements Serializable {

  /** Quoted speech counts half: the outlet reports the word, but still chose to repeat it. */
  static final double QUOTED_FACTOR = 0.5;

  /** This term's contribution to a raw score. */
  public double weight() {
    return category.weight() * (quoted ? QUOTED_FACTOR : 1.0);
  }

  /** The form used in CSV cells: {@code terror group[label]}, quoted ones marked {@code [label,quoted]}. */
  public String display() {
    return text + "[" + category.label() + (quoted ? ",quoted" : "") + "]";
  }
}
