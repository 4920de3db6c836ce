package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.nlp.Proposition.Argument;
import dev.triangulate.scoring.nlp.Proposition.Kind;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which propositions are check-worthy claims and reads each as a canonical claim. A
 * claim needs a factual predicate (not a reporting or linking verb alone: "said", "is"), a
 * subject that is not an unresolved pronoun, and at least one named participant (an entity as
 * subject or object). Its key is the canonical subject, predicate and object, for grouping; its
 * label the proposition as a short sentence ({@link ClaimLabel}).
 */
final class ClaimReader {
  /** Where the object of a predicate hides when it is not the direct object, most telling first. */
  private static final List<String> OBJECT_MARKERS =
      List.of("with", "to", "from", "out_of", "against", "of", "into", "over", "on", "for", "at", "about", "as", "between");
  private static final Set<String> PLACE_MARKERS = Set.of("in", "across", "near", "inside");
  /** Subjects that say nothing without their antecedent. */
  private static final Set<String> EMPTY_SUBJECTS =
      Set.of("it", "this", "that", "these", "those", "they", "he", "she", "we", "i", "you", "there", "which", "who", "what", "one", "some", "all", "both");
  private static final Set<String> LINKING = Set.of("remain", "become", "stay", "seem", "appear");
  private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$", "WRB");
  /** "X is against Y": the copula's preposition that makes a position on Y. */
  private static final Predicate OPPOSE = Predicate.plainVerb("oppose");

  /** A claim: its key, its label, its predicate and the proposition's words (their 1-based indices). */
  record Read(ClaimKey key, String label, PredicateLexicon.Match match, java.util.BitSet words) {}

  private final PredicateLexicon predicates;

  ClaimReader(PredicateLexicon predicates) {
    this.predicates = predicates;
  }

  Optional<Read> read(SentenceGraph s, Proposition p) {
    if (p.kind() == Kind.APPOSITION) {
      return Optional.empty();
    }
    Optional<PredicateLexicon.Match> match = predicate(s, p);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Predicate predicate = match.get().predicate();
    boolean onlyRelativePronouns = p.arguments().stream().allMatch(a -> a.phrase().words().size() == 1 && RELATIVE.contains(a.phrase().head().tag()));
    if (onlyRelativePronouns && !predicates.lists(predicate)) {
      return Optional.empty(); // "Naeem tweeted", "China is increasing", "in which the Taliban succeeded": nothing to check
    }
    if (!p.arguments().isEmpty() && isUnresolvedPronoun(s, p.arguments().get(0).phrase())) {
      return Optional.empty(); // "China is pressurizing it": who "it" is, the sentence does not say
    }
    Optional<Entity> subject = s.entityOf(p.subject().head());
    Optional<Argument> agent = p.arguments().stream().filter(a -> a.role().equals("obl:agent")).findFirst();
    Optional<Entity> agentEntity = agent.flatMap(a -> s.entityOf(a.phrase().head()));
    String subjectName = subject.map(Entity::name).orElseGet(() -> commonNoun(p.subject().head()));
    if (subjectName.isEmpty() && agentEntity.isEmpty()) {
      return Optional.empty();
    }
    Optional<Participant> object = object(s, p, subject.orElse(null), predicate);
    if (subject.isEmpty() && object.isEmpty() && agentEntity.isEmpty()) {
      return Optional.empty();
    }
    if (p.kind() == Kind.EVENT && object.isEmpty() && !predicate.placeObject()) {
      return Optional.empty(); // "the delegation ... for talks": talks with whom?
    }
    String objectName = object.map(o -> o.entity().name()).orElse("");
    String subj = subjectName;
    String obj = objectName;
    if (agentEntity.isPresent()) {
      // "this gap is being filled by China": the key reads it actively, China fills the gap.
      subj = agentEntity.get().name();
      obj = subject.map(Entity::name).orElse("");
    }
    if (predicate.symmetric() && !obj.isEmpty() && subj.compareTo(obj) > 0) {
      String swap = subj;
      subj = obj;
      obj = swap;
    }
    // A place predicate's object is where it happened ("took control of Afghanistan", "returned to power"): no other thing.
    String head = predicate.placeObject() ? "" : objectHead(p, object, match.get());
    ClaimKey key = new ClaimKey(subj, predicate.name(), obj, predicate.display(), head);
    String label = ClaimLabel.of(p, predicate, subject.filter(e -> s.names(p.subject().head(), e)), object);
    return Optional.of(new Read(key, label, match.get(), words(p)));
  }

  /**
   * The object entity and the argument it was found in; {@code named}: the argument names the
   * entity itself ("Wang Yi", "them"), rather than something of it ("Chinese officials").
   */
  record Participant(Entity entity, Argument argument, boolean named) {}

  /** The lemma of the noun the claim acts on: its object's head, or the first argument's when the relation took its preposition. */
  private static String objectHead(Proposition p, Optional<Participant> object, PredicateLexicon.Match match) {
    // The noun of a light verb ("pose a threat") is part of the predicate, not what it acts on.
    List<Argument> arguments = p.arguments().stream().filter(a -> !a.phrase().head().equals(match.noun())).toList();
    Optional<Argument> acted =
        arguments.stream().filter(a -> a.isObject() || a.role().equals("attr") || a.role().equals("xcomp")).findFirst()
            .or(() -> arguments.stream().findFirst().filter(a -> a.marker() == null && !a.role().equals("tmod")))
            .or(() -> object.map(Participant::argument));
    return acted.map(a -> PredicateLexicon.lemma(a.phrase().head())).orElse("");
  }

  private static java.util.BitSet words(Proposition p) {
    java.util.BitSet words = new java.util.BitSet();
    p.subject().words().forEach(w -> words.set(w.index()));
    p.relation().forEach(w -> words.set(w.index()));
    p.control().forEach(w -> words.set(w.index()));
    p.arguments().forEach(a -> a.words().forEach(w -> words.set(w.index())));
    return words;
  }

  private Optional<PredicateLexicon.Match> predicate(SentenceGraph s, Proposition p) {
    IndexedWord anchor = p.anchor();
    boolean verb = PropositionExtractor.isVerb(anchor);
    if (p.kind() == Kind.CLAUSE && verb && p.relation().stream().anyMatch(w -> w.index() < anchor.index() && "against".equalsIgnoreCase(w.word()))) {
      return Optional.of(new PredicateLexicon.Match(OPPOSE, anchor, null));
    }
    if (p.kind() == Kind.CLAUSE && !verb && p.relation().stream().noneMatch(w -> w.equals(anchor))) {
      // "ETIM is a threat to China": only a predicate noun the lexicon knows makes a claim of a copula.
      return predicates.matches(s.graph(), anchor).stream().filter(m -> m.verb() == null).findFirst();
    }
    if (verb && LINKING.contains(PredicateLexicon.lemma(anchor))) {
      // "ETIM remains a threat to China": the linking verb's noun is the predicate, as after a copula.
      return p.arguments().stream().filter(a -> a.role().equals("xcomp")).findFirst()
          .flatMap(a -> predicates.matches(s.graph(), a.phrase().head()).stream().filter(m -> m.verb() == null).findFirst());
    }
    return predicates.matches(s.graph(), anchor).stream().findFirst();
  }

  /**
   * The first argument naming an entity other than the subject: objects first, then
   * prepositional arguments by how telling their preposition is, places last. A name set off by
   * commas right after an argument that names none is read as its apposition ("a meeting with the
   * head of the commission, Mullah Baradar,"), which parsers often attach elsewhere.
   */
  private static Optional<Participant> object(SentenceGraph s, Proposition p, Entity subject, Predicate predicate) {
    List<Argument> ordered = new ArrayList<>(p.arguments());
    ordered.sort(Comparator.comparingInt(ClaimReader::rank));
    for (Argument a : ordered) {
      if (rank(a) == Integer.MAX_VALUE) {
        continue;
      }
      IndexedWord head = a.phrase().head();
      IndexedWord last = a.phrase().words().get(a.phrase().words().size() - 1);
      Optional<Entity> e = entityIn(s, head, subject, last);
      boolean named = e.filter(x -> s.names(head, x) || s.appositionAfter(last).equals(Optional.of(x))).isPresent();
      if (e.isPresent()) {
        Entity entity = e.get();
        if (predicate.placeObject() && entity.isPlace() && !entity.partOf().isEmpty()) {
          entity = new Entity(entity.partOf(), EntityType.COUNTRY);
        }
        return Optional.of(new Participant(entity, a, named));
      }
    }
    return Optional.empty();
  }

  /**
   * The entity an argument names: its head's, else, for a clause ("against recognizing the
   * Taliban"), its object's, else the one a prepositional modifier of its head names ("ties with
   * the Taliban", "a threat to China").
   */
  private static Optional<Entity> entityIn(SentenceGraph s, IndexedWord head, Entity subject, IndexedWord last) {
    Optional<Entity> e = subject == null ? s.entityOf(head) : s.entityOfOtherThan(head, subject);
    if (e.isPresent()) {
      return e;
    }
    e = s.appositionAfter(last).filter(x -> !x.equals(subject));
    if (e.isPresent()) {
      return e;
    }
    for (IndexedWord inner : s.children(head, r -> r.equals("obj") || r.startsWith("nmod:with") || r.startsWith("nmod:to") || r.startsWith("nmod:against") || r.startsWith("nmod:of") || r.startsWith("nmod:on"))) {
      Optional<Entity> found = subject == null ? s.entityOf(inner) : s.entityOfOtherThan(inner, subject);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean isUnresolvedPronoun(SentenceGraph s, Phrase phrase) {
    return phrase.words().size() == 1 && "PRP".equals(phrase.head().tag()) && s.entityAt(phrase.head()).isEmpty();
  }

  private static int rank(Argument a) {
    String role = a.role();
    if (a.isObject() || role.equals("attr") || role.equals("xcomp")) {
      return 0;
    }
    int colon = role.indexOf(':');
    String marker = colon < 0 ? "" : role.substring(colon + 1);
    int i = OBJECT_MARKERS.indexOf(marker);
    if (i >= 0) {
      return 1 + i;
    }
    return PLACE_MARKERS.contains(marker) ? 100 : Integer.MAX_VALUE;
  }

  /** A subject that is a common noun stands for itself ("officials"); a pronoun stands for nothing here. */
  private static String commonNoun(IndexedWord head) {
    String lemma = PredicateLexicon.lemma(head);
    String tag = head.tag() == null ? "" : head.tag();
    if (!tag.startsWith("NN") || EMPTY_SUBJECTS.contains(lemma)) {
      return "";
    }
    return lemma;
  }
}
