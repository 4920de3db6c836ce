package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed sentence with its entity per token: the navigation claim extraction needs (children
 * and governors by relation, the entity an argument phrase names).
 */
final class SentenceGraph {
  /** Modifiers through which a phrase names an entity: "Taliban co-founder", "China's security". */
  private static final Set<String> NAMING_RELATIONS = Set.of("compound", "amod", "nmod:poss", "appos");
  /** Nouns for a group of people whose leader is the entity that matters ("a delegation led by"). */
  private static final Set<String> GROUP_NOUNS =
      Set.of("delegation", "team", "group", "party", "entourage", "mission", "contingent");

  private final SemanticGraph graph;
  private final SemanticGraph basic;
  private final TaggedSentence tagged;
  private final Entity[] entities;
  private final Map<Integer, List<Entity>> alternatives;

  /** {@code graph}: the enhanced parse; {@code basic}: the basic tree, for spans. */
  SentenceGraph(SemanticGraph graph, SemanticGraph basic, TaggedSentence tagged) {
    this.graph = graph;
    this.basic = basic;
    this.tagged = tagged;
    this.entities = tagged.entities();
    this.alternatives = tagged.alternatives();
  }

  SemanticGraph basic() {
    return basic;
  }

  TaggedSentence tagged() {
    return tagged;
  }

  /**
   * The entity of an argument other than {@code excluded}: "the United States withdrew its troops
   * from the country" cannot mean the United States again.
   */
  Optional<Entity> entityOfOtherThan(IndexedWord head, Entity excluded) {
    Optional<Entity> e = entityOf(head);
    if (e.isEmpty() || !e.get().equals(excluded)) {
      return e;
    }
    return alternatives.getOrDefault(head.index() - 1, List.of()).stream()
        .filter(alt -> !alt.equals(excluded))
        .findFirst();
  }

  SemanticGraph graph() {
    return graph;
  }

  List<IndexedWord> children(IndexedWord word, Predicate<String> relation) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(word)) {
      if (relation.test(e.getRelation().toString())) {
        out.add(e.getDependent());
      }
    }
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return out;
  }

  Optional<IndexedWord> child(IndexedWord word, String relation) {
    return children(word, relation::equals).stream().findFirst();
  }

  /** The governor of {@code word} through a relation accepted by the filter, if any. */
  Optional<SemanticGraphEdge> governor(IndexedWord word, Predicate<String> relation) {
    for (SemanticGraphEdge e : graph.incomingEdgeList(word)) {
      if (relation.test(e.getRelation().toString())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  Optional<Entity> entityAt(IndexedWord word) {
    int i = word.index() - 1;
    return i >= 0 && i < entities.length ? Optional.ofNullable(entities[i]) : Optional.empty();
  }

  /**
   * The entity a phrase headed by {@code head} names: the head itself, the leader of a group
   * noun, or the closest naming modifier (one level, or two through an adjective such as
   * "Taliban-appointed").
   */
  Optional<Entity> entityOf(IndexedWord head) {
    Optional<Entity> direct = entityAt(head);
    if (direct.isPresent()) {
      return direct;
    }
    if (GROUP_NOUNS.contains(PredicateLexicon.lemma(head))) {
      Optional<Entity> leader = leaderOf(head);
      if (leader.isPresent()) {
        return leader;
      }
    }
    Deque<IndexedWord> frontier = new ArrayDeque<>(children(head, NAMING_RELATIONS::contains));
    Set<IndexedWord> seen = new HashSet<>(frontier);
    // "the Chinese foreign minister Wang Yi": the person the title names, not the demonym before it.
    for (IndexedWord modifier : children(head, r -> NAMING_RELATIONS.contains(r) || r.equals("dep"))) {
      Optional<Entity> e = entityAt(modifier);
      if (e.isPresent() && e.get().type() == EntityType.PERSON) {
        return e;
      }
    }
    for (IndexedWord modifier : List.copyOf(frontier)) {
      Optional<Entity> e = entityAt(modifier);
      if (e.isPresent()) {
        return e;
      }
    }
    while (!frontier.isEmpty()) {
      IndexedWord modifier = frontier.poll();
      if (!"amod".equals(relationBetween(head, modifier))) {
        continue;
      }
      for (IndexedWord inner : children(modifier, r -> r.startsWith("obl") || r.equals("compound"))) {
        if (seen.add(inner) && entityAt(inner).isPresent()) {
          return entityAt(inner);
        }
      }
    }
    return Optional.empty();
  }

  private String relationBetween(IndexedWord gov, IndexedWord dep) {
    SemanticGraphEdge e = graph.getEdge(gov, dep);
    return e == null ? "" : e.getRelation().toString();
  }

  /**
   * "a delegation led by Baradar": parsers often attach "led" elsewhere, so read the words after
   * the noun instead of trusting the tree.
   */
  private Optional<Entity> leaderOf(IndexedWord groupNoun) {
    List<IndexedWord> words = graph.vertexListSorted();
    for (int i = 0; i < words.size() - 1; i++) {
      IndexedWord w = words.get(i);
      if (w.index() <= groupNoun.index() || w.index() > groupNoun.index() + 3) {
        continue;
      }
      String lemma = PredicateLexicon.lemma(w);
      if ((lemma.equals("lead") || lemma.equals("head")) && "by".equalsIgnoreCase(words.get(i + 1).word())) {
        for (int k = i + 2; k < Math.min(words.size(), i + 8); k++) {
          Optional<Entity> e = entityAt(words.get(k));
          if (e.isPresent() && e.get().type() == EntityType.PERSON) {
            return e;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the phrase headed by {@code head} names {@code entity} itself (its head is the name,
   * a pronoun resolved to it, or a title whose apposition or compound is the name: "the foreign
   * minister Wang Yi"), rather than something of it ("Chinese officials", "Afghanistan's soil").
   */
  boolean names(IndexedWord head, Entity entity) {
    if (entityAt(head).filter(entity::equals).isPresent()) {
      return true;
    }
    // "its partner Russia", "the foreign minister Wang Yi": the name after the noun is what it names.
    return children(head, r -> r.equals("appos") || r.equals("compound") || r.equals("flat") || r.equals("dep")).stream()
        .anyMatch(c -> c.index() > head.index() && entityAt(c).filter(entity::equals).isPresent());
  }

  /**
   * The person named right after {@code last} and a comma ("the head of the commission, Mullah
   * Baradar,"): an apposition, whichever word the parser hung it from.
   */
  Optional<Entity> appositionAfter(IndexedWord last) {
    IndexedWord comma = graph.getNodeByIndexSafe(last.index() + 1);
    // Token indices count from 1, the entity array from 0: the word after the comma is entities[comma.index()].
    if (comma == null || !comma.word().equals(",") || comma.index() >= entities.length) {
      return Optional.empty();
    }
    Entity next = entities[comma.index()];
    return next != null && next.type() == EntityType.PERSON ? Optional.of(next) : Optional.empty();
  }

  /** The nearest entity left of {@code word}, within a few words: the fallback when parsing failed. */
  Optional<Entity> nearestEntityBefore(IndexedWord word, int window) {
    for (int i = word.index() - 2; i >= Math.max(0, word.index() - 1 - window); i--) {
      if (entities[i] != null) {
        return Optional.of(entities[i]);
      }
    }
    return Optional.empty();
  }
}
