package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * One clause-level statement of a sentence (after ClausIE and MinIE): who ({@code subject}) does
 * what ({@code relation}, the verb chain with auxiliaries, particles and a leading preposition)
 * to whom, where and when ({@code arguments}). {@code anchor} is the word that predicates: the
 * innermost verb of the chain, the complement of a copula, or an event noun ("a meeting with").
 * {@code relation} holds the anchor's own words; {@code control} the words of the clauses that
 * control it ("is ready to" in "is ready to recognize"), and {@code chain} their heads ("ready"),
 * whose meaning colours the proposition's modality.
 */
record Proposition(
    Kind kind,
    IndexedWord anchor,
    Phrase subject,
    List<IndexedWord> relation,
    List<Argument> arguments,
    List<IndexedWord> control,
    List<IndexedWord> chain) {

  enum Kind {
    /** A verb or copula with its subject. */
    CLAUSE,
    /** "Baradar, the head of the political office": X is Y. */
    APPOSITION,
    /** "during a meeting with Baradar": the event a noun names, with its participants. */
    EVENT
  }

  /**
   * One argument: its phrase, the relation it hangs by ("obj", "obl:in", "ccomp" ...) and its
   * marker (the preposition or complementiser before it), unless the marker was folded into the
   * relation ("met with | Wang Yi").
   */
  record Argument(String role, IndexedWord marker, Phrase phrase) {
    List<IndexedWord> words() {
      List<IndexedWord> out = new ArrayList<>();
      if (marker != null) {
        out.add(marker);
      }
      out.addAll(phrase.words());
      return out;
    }

    boolean isObject() {
      return role.equals("obj") || role.equals("iobj");
    }
  }

  Proposition {
    relation = List.copyOf(relation);
    arguments = List.copyOf(arguments);
    control = List.copyOf(control);
    chain = List.copyOf(chain);
  }

  /** The controlling and the relation words, in sentence order, one space apart. */
  String relationTokens() {
    List<IndexedWord> all = new ArrayList<>(control);
    all.addAll(relation);
    all.sort(java.util.Comparator.comparingInt(IndexedWord::index));
    return String.join(" ", all.stream().map(IndexedWord::word).toList());
  }
}
