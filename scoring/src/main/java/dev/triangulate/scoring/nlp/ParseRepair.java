package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Mends two misreadings of CoreNLP's parser that cost claims in news text.
 *
 * <ul>
 *   <li>A gerund right after a preposition read as an adjective of the noun it governs:
 *       "successful in capturing Afghanistan" comes out as "in (capturing Afghanistan)" with
 *       "capturing" an amod of "Afghanistan", and "considering to recognizing Taliban rule"
 *       likewise. The gerund gets the noun as its object and the noun's place under its governor,
 *       and the preposition marks it; it is tagged so that extraction knows its subject is its
 *       governor's.
 *   <li>"Mollojonov said China is providing ...": the reporting clause read as the subject of the
 *       reported one ("said" a csubj, "China" its object). The reported clause becomes the
 *       complement of "said", with "China" its subject.
 *   <li>"The Taliban's refusal to act against these groups has damaged ...": the noun read as the
 *       subject of the infinitive. An infinitive has no subject of its own; it is the noun's
 *       complement ("refusal to act"), which carries its meaning (a refusal negates the act).
 *   <li>"China, a foreign ministry spokesman said, has recognised the Taliban": the parenthetical
 *       speaker read as an apposition of the subject, which the parser gives to "said", leaving the
 *       reported clause without one. The speaker becomes the subject of "said", the subject the
 *       reported clause's, and that clause the complement of "said".
 *   <li>"Wang Yi held talks with a delegation led by Baradar": the object of the verb read as the
 *       subject of the participle ("talks" the nsubj of "led"). A past participle without an
 *       auxiliary takes no subject; it modifies the noun right before it ("a delegation led by"),
 *       and the noun after the verb is the verb's object again.
 * </ul>
 */
final class ParseRepair {
  private ParseRepair() {}

  /**
   * A repaired copy of {@code parse}; the parse itself is left as it is. {@code enhanced}: the
   * parse names prepositions in its relations ("acl:to"), as enhanced dependencies do.
   */
  static SemanticGraph repaired(SemanticGraph parse, boolean enhanced) {
    SemanticGraph graph = new SemanticGraph(parse);
    gerunds(graph);
    reportingSubjects(graph);
    infinitiveSubjects(graph, enhanced);
    participleSubjects(graph);
    parentheticalSpeakers(graph);
    return graph;
  }

  private static void parentheticalSpeakers(SemanticGraph graph) {
    for (SemanticGraphEdge nsubj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord said = nsubj.getGovernor();
      IndexedWord subject = nsubj.getDependent();
      if (!nsubj.getRelation().toString().equals("nsubj") || !SPEECH.contains(lemma(said)) || subject.index() > said.index()) {
        continue;
      }
      Optional<SemanticGraphEdge> speaker =
          child(graph, subject, "appos", index -> index < said.index());
      Optional<SemanticGraphEdge> reported =
          graph.outgoingEdgeList(said).stream()
              .filter(e -> (e.getRelation().toString().equals("dep") || e.getRelation().toString().equals("ccomp"))
                  && e.getDependent().index() > said.index()
                  && graph.outgoingEdgeList(e.getDependent()).stream().noneMatch(x -> x.getRelation().toString().startsWith("nsubj")))
              .findFirst();
      if (speaker.isEmpty() || reported.isEmpty()) {
        continue;
      }
      graph.removeEdge(nsubj);
      graph.removeEdge(speaker.get());
      graph.removeEdge(reported.get());
      graph.addEdge(said, speaker.get().getDependent(), relation("nsubj"), 1.0, false);
      graph.addEdge(said, reported.get().getDependent(), relation("ccomp"), 1.0, false);
      graph.addEdge(reported.get().getDependent(), subject, relation("nsubj"), 1.0, false);
    }
  }

  private static void participleSubjects(SemanticGraph graph) {
    for (SemanticGraphEdge nsubj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord participle = nsubj.getGovernor();
      IndexedWord object = nsubj.getDependent();
      if (!nsubj.getRelation().toString().equals("nsubj") || !"VBN".equals(participle.tag())
          || graph.outgoingEdgeList(participle).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("cop"))) {
        continue;
      }
      IndexedWord before = graph.getNodeByIndexSafe(participle.index() - 1);
      IndexedWord verb = graph.getNodeByIndexSafe(object.index() - 1);
      List<SemanticGraphEdge> into = graph.incomingEdgeList(participle);
      if (before == null || before.tag() == null || !before.tag().startsWith("NN") || verb == null || verb.tag() == null
          || !verb.tag().startsWith("VB") || into.size() != 1 || !into.get(0).getGovernor().equals(verb)) {
        continue;
      }
      graph.removeEdge(nsubj);
      graph.removeEdge(into.get(0));
      graph.addEdge(verb, object, relation("obj"), 1.0, false);
      graph.addEdge(before, participle, relation("acl"), 1.0, false);
    }
  }

  private static void infinitiveSubjects(SemanticGraph graph, boolean enhanced) {
    for (SemanticGraphEdge nsubj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord verb = nsubj.getGovernor();
      IndexedWord noun = nsubj.getDependent();
      boolean infinitive =
          "VB".equals(verb.tag())
              && graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"))
              && graph.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().startsWith("aux"));
      if (!nsubj.getRelation().toString().equals("nsubj") || !infinitive || noun.tag() == null || !noun.tag().startsWith("NN") || noun.index() > verb.index()) {
        continue;
      }
      graph.removeEdge(nsubj);
      for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(verb))) {
        graph.removeEdge(in);
        graph.addEdge(in.getGovernor(), noun, in.getRelation(), in.getWeight(), in.isExtra());
      }
      graph.addEdge(noun, verb, relation(enhanced ? "acl:to" : "acl"), 1.0, false);
      if (graph.getRoots().contains(verb)) {
        graph.getRoots().remove(verb);
        graph.getRoots().add(noun);
      }
    }
  }

  private static void reportingSubjects(SemanticGraph graph) {
    for (SemanticGraphEdge csubj : List.copyOf(graph.edgeListSorted())) {
      IndexedWord reported = csubj.getGovernor();
      IndexedWord reporting = csubj.getDependent();
      if (!csubj.getRelation().toString().equals("csubj") || !SPEECH.contains(lemma(reporting)) || reporting.index() > reported.index()) {
        continue;
      }
      Optional<SemanticGraphEdge> object =
          child(graph, reporting, "obj", index -> index < reported.index());
      if (object.isEmpty()) {
        continue;
      }
      graph.removeEdge(csubj);
      graph.removeEdge(object.get());
      for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(reported))) {
        graph.removeEdge(in);
        graph.addEdge(in.getGovernor(), reporting, in.getRelation(), in.getWeight(), in.isExtra());
      }
      graph.addEdge(reporting, reported, relation("ccomp"), 1.0, false);
      graph.addEdge(reported, object.get().getDependent(), relation("nsubj"), 1.0, false);
      if (graph.getRoots().contains(reported)) {
        graph.getRoots().remove(reported);
        graph.getRoots().add(reporting);
      }
    }
  }

  private static final java.util.Set<String> SPEECH = java.util.Set.of("say", "tell", "claim", "report", "add", "note", "insist", "warn");

  private static String lemma(IndexedWord w) {
    return (w.lemma() != null ? w.lemma() : w.word()).toLowerCase(java.util.Locale.ROOT);
  }

  private static void gerunds(SemanticGraph graph) {
    for (IndexedWord gerund : List.copyOf(graph.vertexListSorted())) {
      if (!"VBG".equals(gerund.tag())) {
        continue;
      }
      Optional<SemanticGraphEdge> amod =
          graph.incomingEdgeList(gerund).stream().filter(e -> e.getRelation().toString().equals("amod")).findFirst();
      if (amod.isEmpty() || amod.get().getGovernor().index() <= gerund.index()) {
        continue;
      }
      IndexedWord noun = amod.get().getGovernor();
      // Right after the preposition: "the increasing threat" is an adjective, "in capturing Kabul" a verb.
      Optional<SemanticGraphEdge> preposition =
          child(graph, noun, "case", index -> index == gerund.index() - 1);
      if (preposition.isEmpty()) {
        continue;
      }
      repair(graph, gerund, noun, amod.get(), preposition.get());
    }
  }

  private static void repair(SemanticGraph graph, IndexedWord gerund, IndexedWord noun, SemanticGraphEdge amod, SemanticGraphEdge preposition) {
    graph.removeEdge(amod);
    for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(noun))) {
      graph.removeEdge(in);
      graph.addEdge(in.getGovernor(), gerund, in.getRelation(), in.getWeight(), in.isExtra());
    }
    graph.addEdge(gerund, noun, relation("obj"), 1.0, false);
    graph.removeEdge(preposition);
    graph.addEdge(gerund, preposition.getDependent(), relation("mark"), 1.0, false);
    if (graph.getRoots().contains(noun)) {
      graph.getRoots().remove(noun);
      graph.getRoots().add(gerund);
    }
    gerund.set(Repaired.class, Boolean.TRUE);
  }

  /** Whether {@code word} is a gerund this repair put back. */
  static boolean isRepairedGerund(IndexedWord word) {
    return Boolean.TRUE.equals(word.get(Repaired.class));
  }

  private static GrammaticalRelation relation(String name) {
    return GrammaticalRelation.valueOf(Language.UniversalEnglish, name);
  }

  /** Marks a repaired gerund on its token. */
  private static final class Repaired implements edu.stanford.nlp.util.TypesafeMap.Key<Boolean> {}

  /** The first edge from {@code word} with exactly {@code relation} to a word at an index {@code where} accepts. */
  private static Optional<SemanticGraphEdge> child(SemanticGraph graph, IndexedWord word, String relation, IntPredicate where) {
    return graph.outgoingEdgeList(word).stream()
        .filter(e -> e.getRelation().toString().equals(relation) && where.test(e.getDependent().index()))
        .findFirst();
  }
}
