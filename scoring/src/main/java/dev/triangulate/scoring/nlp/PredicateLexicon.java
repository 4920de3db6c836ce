package dev.triangulate.scoring.nlp;

import com.google.common.base.Splitter;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the many ways outlets express an event to one canonical predicate ({@code predicates.tsv}):
 * verbs, phrasal verbs, light verbs ("pose a threat"), verb + prepositional noun ("return to
 * power") and nominalisations ("recognition"). Verbs it does not list become predicates of their
 * own unless they are reporting or auxiliary verbs, which carry no claim by themselves.
 */
public final class PredicateLexicon implements PropositionExtractor.EventNouns {
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();
  private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

  /** Verbs that frame, report or link rather than state an event. */
  private static final Set<String> NOT_PREDICATES =
      Set.of(
          "be", "have", "do", "say", "tell", "claim", "report", "state", "add", "note", "make",
          "get", "become", "come", "go", "want", "wait", "include", "show", "take", "give", "keep",
          "see", "know", "think", "believe", "seem", "remain", "continue", "begin", "start",
          "follow", "use", "allow", "let", "call", "describe", "regard", "consider", "view",
          "expect", "leave", "put", "set", "try", "help", "need", "announce", "confirm", "deny",
          "insist", "appear", "mean", "write", "suggest", "argue", "explain", "learn", "watch",
          "share", "read", "hope", "plan", "intend", "look", "find", "cite", "quote", "ask",
          "grow", "rise", "fall", "stay", "turn", "bring", "run", "hold", "pose", "seek",
          "warn", "demand", "promise");

  private final Map<String, Predicate> verbs = new HashMap<>();
  private final Map<String, Predicate> nouns = new HashMap<>();
  /** "verb noun" -> predicate: light verb with its object noun. */
  private final Map<String, Predicate> lightVerbs = new HashMap<>();
  /** "verb noun" -> predicate: verb with a noun in a prepositional phrase. */
  private final Map<String, Predicate> verbPreps = new HashMap<>();
  /** "verb particle" -> predicate. */
  private final Map<String, Predicate> phrasal = new HashMap<>();
  private final java.util.Set<String> listed = new java.util.HashSet<>();

  public static PredicateLexicon standard() {
    PredicateLexicon lexicon = new PredicateLexicon();
    for (List<String> cols : TsvRows.read("predicates.tsv")) {
      List<String> flags = COMMAS.splitToList(cols.get(2));
      Predicate p =
          new Predicate(
              cols.get(0),
              cols.get(1),
              flags.contains("symmetric"),
              flags.contains("of-subject"),
              flags.contains("place-object"));
      for (String trigger : BARS.split(cols.get(3))) {
        lexicon.add(trigger.toLowerCase(Locale.ROOT), p);
      }
    }
    return lexicon;
  }

  private void add(String trigger, Predicate p) {
    listed.add(p.name());
    if (trigger.startsWith("#")) {
      nouns.put(trigger.substring(1), p);
    } else if (trigger.contains("+")) {
      phrasal.put(trigger.replace('+', ' '), p);
    } else if (trigger.contains(" >")) {
      verbPreps.put(trigger.replace(" >", " "), p);
    } else if (trigger.contains(" ")) {
      lightVerbs.put(trigger, p);
    } else {
      verbs.put(trigger, p);
    }
  }

  /**
   * A predicate anchored at a word. {@code verb} carries the clause (subject, modality); {@code
   * noun} is the light verb's object noun or the nominalisation, whose own dependents may hold the
   * claim's object; either may be null but not both.
   */
  public record Match(Predicate predicate, IndexedWord verb, IndexedWord noun) {}

  /** Every predicate anchored at {@code word}, the most specific first. */
  public List<Match> matches(SemanticGraph graph, IndexedWord word) {
    List<Match> found = new ArrayList<>();
    String lemma = lemma(word);
    String tag = word.tag() == null ? "" : word.tag();
    if (tag.startsWith("VB")) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
        String rel = edge.getRelation().toString();
        IndexedWord dep = edge.getDependent();
        String depLemma = lemma(dep);
        if (rel.equals("obj") || rel.equals("nsubj:pass")) {
          Optional.ofNullable(lightVerbs.get(lemma + " " + depLemma))
              .ifPresent(p -> found.add(new Match(p, word, dep)));
        } else if (rel.startsWith("obl")) {
          Optional.ofNullable(verbPreps.get(lemma + " " + depLemma))
              .ifPresent(p -> found.add(new Match(p, word, dep)));
          particleOf(rel)
              .map(particle -> phrasal.get(lemma + " " + particle))
              .ifPresent(p -> found.add(new Match(p, word, null)));
        } else if (rel.equals("compound:prt")) {
          Optional.ofNullable(phrasal.get(lemma + " " + depLemma))
              .ifPresent(p -> found.add(new Match(p, word, null)));
        }
      }
      if (found.isEmpty()) {
        lightVerbByPosition(graph, word).ifPresent(found::add);
      }
      if (found.isEmpty()) {
        Predicate p = verbs.get(lemma);
        if (p != null) {
          found.add(new Match(p, word, null));
        } else if (!NOT_PREDICATES.contains(lemma) && lemma.matches("[a-z][a-z-]+")) {
          found.add(new Match(Predicate.plainVerb(lemma), word, null));
        }
      }
    } else if (tag.startsWith("NN")) {
      Optional.ofNullable(nouns.get(lemma)).ifPresent(p -> found.add(new Match(p, null, word)));
    }
    return found;
  }

  /**
   * "held talks with ...": parsers often misattach the light verb's noun, so the word right after
   * the verb (past one determiner) is tried too.
   */
  private Optional<Match> lightVerbByPosition(SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> words = graph.vertexListSorted();
    int at = words.indexOf(verb);
    for (int k = at + 1; k < Math.min(words.size(), at + 3); k++) {
      IndexedWord next = words.get(k);
      Predicate p = lightVerbs.get(lemma(verb) + " " + lemma(next));
      if (p != null) {
        return Optional.of(new Match(p, verb, next));
      }
      if (!"DT".equals(next.tag()) && !"JJ".equals(next.tag())) {
        break;
      }
    }
    return Optional.empty();
  }

  /** "obl:out_of" -> "out", "obl:from" -> "from". */
  private static Optional<String> particleOf(String relation) {
    int colon = relation.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String marker = relation.substring(colon + 1);
    int underscore = marker.indexOf('_');
    return Optional.of(underscore > 0 ? marker.substring(0, underscore) : marker);
  }

  /** Whether a noun names an event the lexicon knows ("meeting", "withdrawal", "recognition"). */
  @Override
  public boolean isEvent(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NN") && nouns.containsKey(lemma(word));
  }

  @Override
  public boolean ofSubject(IndexedWord word) {
    Predicate p = nouns.get(lemma(word));
    return p != null && p.ofSubject();
  }

  /** Whether the predicate is one the lexicon lists, rather than a verb standing for itself. */
  boolean lists(Predicate predicate) {
    return listed.contains(predicate.name());
  }

  static String lemma(IndexedWord word) {
    String l = word.lemma() != null ? word.lemma() : word.word();
    return l.toLowerCase(Locale.ROOT);
  }
}
