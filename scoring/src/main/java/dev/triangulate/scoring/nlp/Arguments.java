package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds the subject and object entities of a predicate match. */
final class Arguments {
  /** Clauses that inherit the subject of the clause they hang from ("ready to recognise"). */
  private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "dep", "advcl", "conj:and");
  /** Verbs that link a subject to a predicate noun: "ETIM remains a threat". */
  private static final Set<String> LINKING_VERBS = Set.of("be", "remain", "become", "seem", "stay", "appear");
  /** Verbs of judging: "Beijing regards ETIM as a threat" is ETIM-threat, credited to Beijing. */
  static final Set<String> JUDGING_VERBS =
      Set.of("regard", "consider", "see", "view", "describe", "call", "label", "brand", "designate", "list", "deem");
  /** Where an object hides when it is not the direct object, most telling first. */
  private static final List<String> OBJECT_RELATIONS =
      List.of("with", "to", "from", "out_of", "against", "of", "into", "over");
  /** Places the event happened in: an object only for predicates whose object is a place. */
  private static final List<String> PLACE_RELATIONS = List.of("in", "across");

  private Arguments() {}

  static Optional<Entity> subject(SentenceGraph s, PredicateLexicon.Match m) {
    if (m.verb() != null) {
      return verbSubject(s, m.verb(), 0).or(() -> s.nearestEntityBefore(m.verb(), 6));
    }
    return nounSubject(s, m.predicate(), m.noun());
  }

  private static Optional<Entity> verbSubject(SentenceGraph s, IndexedWord verb, int depth) {
    for (IndexedWord subj : s.children(verb, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"))) {
      Optional<Entity> e = s.entityOf(subj);
      if (e.isPresent()) {
        return e;
      }
    }
    for (IndexedWord agent : s.children(verb, r -> r.equals("obl:agent") || r.equals("obl:by"))) {
      if (s.child(verb, "nsubj:pass").isPresent()) {
        return s.entityOf(agent);
      }
    }
    if (depth < 3 && s.children(verb, r -> r.startsWith("nsubj")).isEmpty()) {
      Optional<SemanticGraphEdge> gov =
          s.governor(verb, r -> SUBJECT_SHARING.stream().anyMatch(r::startsWith));
      if (gov.isPresent()) {
        return verbSubject(s, gov.get().getGovernor(), depth + 1);
      }
    }
    return Optional.empty();
  }

  private static Optional<Entity> nounSubject(SentenceGraph s, Predicate p, IndexedWord noun) {
    for (IndexedWord subj : s.children(noun, r -> r.equals("nsubj") || r.equals("nmod:poss"))) {
      Optional<Entity> e = s.entityOf(subj);
      if (e.isPresent()) {
        return e;
      }
    }
    if (p.ofSubject()) {
      for (IndexedWord of : s.children(noun, "nmod:of"::equals)) {
        Optional<Entity> e = s.entityOf(of);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    Optional<SemanticGraphEdge> gov = s.governor(noun, r -> r.equals("xcomp") || r.equals("obl:as"));
    if (gov.isPresent()) {
      IndexedWord verb = gov.get().getGovernor();
      String lemma = PredicateLexicon.lemma(verb);
      if (JUDGING_VERBS.contains(lemma)) {
        return s.child(verb, "obj").flatMap(s::entityOf);
      }
      if (LINKING_VERBS.contains(lemma)) {
        return verbSubject(s, verb, 0);
      }
    }
    for (IndexedWord mod : s.children(noun, r -> r.equals("amod") || r.equals("compound"))) {
      Optional<Entity> e = s.entityAt(mod);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /** The object entity, never the subject itself. */
  static Optional<Entity> object(SentenceGraph s, PredicateLexicon.Match m, Entity subject) {
    Function<IndexedWord, Optional<Entity>> entity = w -> s.entityOfOtherThan(w, subject);
    Optional<Entity> found = Optional.empty();
    if (m.verb() != null && m.noun() == null) {
      found = s.child(m.verb(), "obj").flatMap(entity);
      if (found.isEmpty()) {
        found = s.child(m.verb(), "nsubj:pass").flatMap(entity);
      }
    }
    if (found.isEmpty() && m.noun() != null) {
      found = prepositional(m.noun(), s, "nmod:", OBJECT_RELATIONS, !m.predicate().ofSubject(), entity);
    }
    if (found.isEmpty() && m.verb() != null) {
      found = prepositional(m.verb(), s, "obl:", OBJECT_RELATIONS, true, entity);
    }
    if (found.isEmpty() && m.predicate().placeObject()) {
      IndexedWord head = m.verb() != null ? m.verb() : m.noun();
      found = prepositional(head, s, m.verb() != null ? "obl:" : "nmod:", PLACE_RELATIONS, false, entity);
    }
    if (m.predicate().placeObject()) {
      // "control of Kabul" is control of Afghanistan; a non-place object is not what these mean.
      found = found.filter(Entity::isPlace).map(e -> e.partOf().isEmpty() ? e : new Entity(e.partOf(), EntityType.COUNTRY));
    }
    return found;
  }

  private static Optional<Entity> prepositional(
      IndexedWord head,
      SentenceGraph s,
      String prefix,
      List<String> markers,
      boolean allowOf,
      Function<IndexedWord, Optional<Entity>> entity) {
    for (String marker : markers) {
      if (marker.equals("of") && !allowOf) {
        continue;
      }
      for (IndexedWord dep : s.children(head, (prefix + marker)::equals)) {
        Optional<Entity> e = entity.apply(dep);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }
}
