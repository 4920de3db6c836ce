package dev.triangulate.scoring.nlp;

import java.io.Serializable;
import java.util.Locale;

/**
 * A canonical predicate. {@code symmetric}: "A meets B" is "B meets A". {@code ofSubject}: the
 * nominalisation's "of" phrase is its subject ("the withdrawal of US troops"). {@code placeObject}:
 * the object is a place and may be left out ("the Taliban took power").
 */
public record Predicate(
    String name, String display, boolean symmetric, boolean ofSubject, boolean placeObject)
    implements Serializable {

  /** A verb the lexicon does not list: its lemma is the predicate. */
  static Predicate plainVerb(String lemma) {
    return new Predicate(lemma, thirdPerson(lemma), false, false, false);
  }

  private static String thirdPerson(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.matches(".*(s|sh|ch|x|z|o)$")) {
      return l + "es";
    }
    if (l.matches(".*[^aeiou]y$")) {
      return l.substring(0, l.length() - 1) + "ies";
    }
    return l + "s";
  }
}
