package dev.triangulate.scoring.language;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A loaded-language score in [0,1] with the terms that produced it. {@code wholeText} marks the
 * score of a whole text ({@link LoadedLanguageScorer#scoreText}), whose repeated labels are already
 * counted once; a sentence's score leaves that to the text it belongs to.
 */
public record LoadedScore(double score, double raw, List<LoadedTerm> terms, boolean wholeText) implements Serializable {

  public static final LoadedScore NONE = new LoadedScore(0.0, 0.0, List.of());

  public LoadedScore {
    terms = List.copyOf(terms);
  }

  /** A sentence's score. */
  public LoadedScore(double score, double raw, List<LoadedTerm> terms) {
    this(score, raw, terms, false);
  }

  /** {@code term[category];term[category]} as written to the CSVs. */
  public String termsDisplay() {
    return terms.stream().map(LoadedTerm::display).collect(Collectors.joining(";"));
  }
}
