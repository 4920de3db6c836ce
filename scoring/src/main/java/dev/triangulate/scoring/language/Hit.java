package dev.triangulate.scoring.language;

import java.util.Comparator;

/** A term with the character offset where it starts, so terms from all detectors list in text order. */
record Hit(int begin, LoadedTerm term) {

  static final Comparator<Hit> IN_TEXT_ORDER = Comparator.comparingInt(Hit::begin);
}
