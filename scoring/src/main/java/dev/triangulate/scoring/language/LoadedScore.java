package dev.triangulate.scoring.language;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A loaded-language score in [0,1] with the terms that produced it. */
public record LoadedScore(double score, double raw, List<LoadedTerm> terms) implements Serializable {

  public static final LoadedScore NONE = new LoadedScore(0.0, 0.0, List.of());

  public LoadedScore {
    terms = List.copyOf(terms);
  }

  /** {@code term[category];term[category]} as written to the CSVs. */
  public String termsDisplay() {
    return terms.stream().map(LoadedTerm::display).collect(Collectors.joining(";"));
  }
}
