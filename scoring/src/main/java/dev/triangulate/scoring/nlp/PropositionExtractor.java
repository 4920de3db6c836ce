package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.nlp.Proposition.Argument;
import dev.triangulate.scoring.nlp.Proposition.Kind;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the clause-level propositions of one parsed sentence, in the manner of ClausIE (Del Corro
 * and Gemulla 2013): every clause head of the parse (a verb, or the complement of a copula) with
 * its subject gives one proposition; coordinated subjects and objects give one each; relative
 * clauses get their antecedent as subject (the enhanced parse supplies it), participles the noun
 * they modify, controlled verbs ("ready to recognize", "tried to rescue") the controller, with
 * the controlling words kept in the relation; appositions give "X is Y". Spans come from the
 * basic tree, so relative clauses and appositions stay out of the arguments that contain them
 * (they are propositions of their own).
 */
final class PropositionExtractor {
  /** Basic relations that are never clause heads even when the word is a verb. */
  private static final Set<String> NOT_CLAUSES =
      Set.of(
          "aux", "aux:pass", "cop", "amod", "compound", "case", "mark", "det", "fixed", "flat", "goeswith",
          "punct", "advmod", "discourse", "nmod:poss", "cc", "compound:prt", "nummod", "det:predet");
  /** Nouns that take an infinitive whose doer is their possessor: "the council's refusal to fund". */
  static final Set<String> INFINITIVE_NOUNS =
      Set.of(
          "refusal", "failure", "unwillingness", "reluctance", "inability", "decision", "plan", "attempt", "bid",
          "effort", "promise", "pledge", "commitment", "offer", "readiness", "willingness", "threat", "vow", "move");
  /** Prepositions by which the subject of a clause took part in an event noun ("during a meeting"). */
  private static final Set<String> PARTICIPATION = Set.of("during", "at", "in", "after", "before", "for", "since");
  /** Participles that open a sentence in the writer's voice ("Talking about the figures, ..."), not the subject's. */
  private static final Set<String> WRITER_PARTICIPLES = Set.of("talk", "speak", "say", "look", "compare", "judge", "consider", "turn");
  /** Verbs of judging: "Beijing regards ETIM as a threat" is ETIM-threat, credited to Beijing. */
  static final Set<String> JUDGING_VERBS =
      Set.of("regard", "consider", "see", "view", "describe", "call", "label", "brand", "designate", "list", "deem");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
  /** Left out of every argument span: they are propositions of their own, or not part of it. */
  private static final Set<String> OUTSIDE_SPANS = Set.of("acl:relcl", "appos", "parataxis", "dep", "discourse");
  /** Relative pronouns, which the antecedent replaces as a subject. */
  private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");
  /** Coordination can multiply propositions; past this many from one clause the rest is noise. */
  private static final int MAX_SPLITS = 4;

  private final SemanticGraph enhanced;
  private final SemanticGraph basic;
  private final EventNouns events;

  private PropositionExtractor(SemanticGraph enhanced, SemanticGraph basic, EventNouns events) {
    this.enhanced = enhanced;
    this.basic = basic;
    this.events = events;
  }

  /**
   * The propositions of a sentence from its enhanced and basic parses (both through {@link
   * ParseRepair}), in the order of their anchors; {@code events} tells which nouns name an event
   * whose participants make a proposition ("a meeting with Baradar").
   */
  static List<Proposition> extract(SemanticGraph enhanced, SemanticGraph basic, EventNouns events) {
    return new PropositionExtractor(enhanced, basic, events).all();
  }

  /** Which nouns name events, and whose "of" phrase is their subject ("the withdrawal of US troops"). */
  interface EventNouns {
    EventNouns NONE = new EventNouns() {
      @Override
      public boolean isEvent(IndexedWord noun) {
        return false;
      }

      @Override
      public boolean ofSubject(IndexedWord noun) {
        return false;
      }
    };

    boolean isEvent(IndexedWord noun);

    boolean ofSubject(IndexedWord noun);
  }

  private List<Proposition> all() {
    List<Proposition> out = new ArrayList<>();
    for (IndexedWord w : basic.vertexListSorted()) {
      if (isClauseHead(w)) {
        clause(w).ifPresent(out::addAll);
      } else if (isNominal(w) && events.isEvent(w)) {
        event(w).ifPresent(out::add);
      }
      for (SemanticGraphEdge appos : outgoing(basic, w, "appos"::equals)) {
        apposition(w, appos.getDependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * "Wang Yi gave this message during a meeting with Baradar": the event a noun names, its
   * subject the possessor ("China's recognition of ...") or else the subject of the clause the
   * noun is an argument of, its arguments the noun's prepositional modifiers.
   */
  private Optional<Proposition> event(IndexedWord noun) {
    String relation = basicRelation(noun);
    Optional<IndexedWord> governor = basicGovernor(noun).filter(this::isClauseHead);
    boolean judged = (relation.equals("obl") || relation.equals("xcomp")) && governor.filter(g -> JUDGING_VERBS.contains(lemma(g))).isPresent();
    Optional<IndexedWord> of = events.ofSubject(noun) ? nmodWith(noun, "of") : Optional.empty();
    // "a threat posed by Afghanistan": the agent of a participle on the noun.
    Optional<IndexedWord> agent =
        children(basic, noun, "acl"::equals).stream().filter(v -> "VBN".equals(v.tag())).findFirst()
            .flatMap(v -> children(basic, v, "obl"::equals).stream().filter(d -> child(basic, d, "case").filter(c -> lemma(c).equals("by")).isPresent()).findFirst());
    Optional<Phrase> subject =
        child(basic, noun, "nmod:poss").or(() -> of).or(() -> agent).map(p -> span(p, Set.of()))
            // "Beijing regards ETIM as a threat": the one judged is the event's subject.
            .or(() -> judged ? governor.flatMap(g -> child(basic, g, "obj")).map(o -> span(o, Set.of())) : Optional.empty())
            .or(() -> governor.filter(g -> takesPart(noun)).flatMap(this::subject));
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    List<Argument> arguments = new ArrayList<>();
    for (IndexedWord d : children(basic, noun, "nmod"::equals)) {
      if (of.filter(d::equals).isPresent()) {
        continue;
      }
      Optional<IndexedWord> marker = child(basic, d, "case").filter(c -> c.index() < d.index());
      arguments.add(new Argument(enhancedRelation(d, noun).orElse("nmod"), marker.orElse(null), span(d, Set.of())));
    }
    arguments.removeIf(a -> a.phrase().isEmpty());
    return Optional.of(new Proposition(Kind.EVENT, noun, subject.get(), List.of(noun), arguments, List.of(), List.of()));
  }

  private boolean isClauseHead(IndexedWord w) {
    String rel = basicRelation(w);
    if (NOT_CLAUSES.contains(rel)) {
      return false;
    }
    return isVerb(w) || child(basic, w, "cop").isPresent();
  }

  private Optional<List<Proposition>> clause(IndexedWord head) {
    Optional<Phrase> subject = subject(head);
    if (subject.isEmpty() || controlsAnotherVerbOnly(head)) {
      return Optional.empty();
    }
    Optional<IndexedWord> cop = child(basic, head, "cop");
    List<IndexedWord> relation = new ArrayList<>();
    List<IndexedWord> controlWords = new ArrayList<>();
    List<IndexedWord> chain = new ArrayList<>();
    List<Argument> arguments = new ArrayList<>();
    controllingWords(head, subject.get()).ifPresent(control -> {
      controlWords.addAll(control.words());
      chain.addAll(control.chain());
    });
    relation.addAll(verbGroup(head, cop.isPresent()));
    if (cop.isPresent()) {
      copularArguments(head).ifPresent(arguments::add);
    }
    arguments.addAll(arguments(head, cop.isPresent()));
    arguments.sort(Comparator.comparing((Argument a) -> !a.isObject() && !a.role().equals("attr")).thenComparing(a -> a.phrase().head().index()));
    List<Argument> folded = foldLeadingMarker(relation, arguments);
    relation.sort(Comparator.comparingInt(IndexedWord::index));
    return Optional.of(split(new Proposition(Kind.CLAUSE, head, subject.get(), relation, folded, controlWords, chain)));
  }

  /** The noun's prepositional modifier with {@code preposition}, if any. */
  private Optional<IndexedWord> nmodWith(IndexedWord noun, String preposition) {
    return children(basic, noun, "nmod"::equals).stream()
        .filter(d -> child(basic, d, "case").filter(c -> lemma(c).equals(preposition)).isPresent())
        .findFirst();
  }

  /**
   * Whether the subject of the clause an event noun hangs from took part in the event: "Wang Yi
   * gave this message during a meeting", "held talks", but not "taking advantage of the threat".
   */
  private boolean takesPart(IndexedWord noun) {
    String relation = basicRelation(noun);
    if (relation.equals("obj")) {
      return true;
    }
    return (relation.equals("obl") || relation.equals("nmod"))
        && child(basic, noun, "case").filter(c -> PARTICIPATION.contains(lemma(c))).isPresent();
  }

  /**
   * "China is considering (to) recognizing ...", "has sought to establish": a verb whose only
   * complement is the verb it controls says nothing of its own; that verb's proposition carries it.
   */
  private boolean controlsAnotherVerbOnly(IndexedWord head) {
    boolean controls =
        basic.outgoingEdgeList(head).stream()
            .anyMatch(e -> (e.getRelation().toString().equals("xcomp") && isVerb(e.getDependent())) || ParseRepair.isRepairedGerund(e.getDependent()));
    return controls && arguments(head, child(basic, head, "cop").isPresent()).isEmpty();
  }

  /**
   * The subject: the clause's own (the enhanced parse gives relative clauses their antecedent and
   * conjoined verbs their shared subject); a participle's noun ("a delegation led by ..."); the
   * controller of a controlled or adverbial verb without one of its own.
   */
  private Optional<Phrase> subject(IndexedWord head) {
    String rel = basicRelation(head);
    Optional<IndexedWord> governor = basicGovernor(head);
    if (rel.equals("xcomp") && governor.filter(this::isClauseHead).isPresent()
        && outgoing(enhanced, head, r -> r.equals("nsubj") || r.equals("nsubj:pass")).isEmpty()) {
      // Subject control: whoever "seeks to establish" establishes, however the governor's subject was found.
      Optional<Phrase> controller = subject(governor.get());
      if (controller.isPresent() && !objectControl(governor.get())) {
        return controller;
      }
    }
    for (SemanticGraphEdge e : outgoing(enhanced, head, r -> SUBJECTS.contains(r) || r.equals("nsubj:xsubj"))) {
      IndexedWord subject = e.getDependent();
      if (subject.index() == head.index()) {
        continue;
      }
      boolean relative = RELATIVE_TAGS.contains(subject.tag()) || "that".equalsIgnoreCase(subject.word());
      if (rel.equals("acl:relcl") && governor.isPresent() && (relative || subject.equals(governor.get()))) {
        return Optional.of(subjectSpan(antecedent(head, governor.get()), head));
      }
      if (!relative) {
        // "the council's refusal to fund ...", however the parser hangs it: the council is who would fund.
        Optional<IndexedWord> possessor = isInfinitive(head) && INFINITIVE_NOUNS.contains(lemma(subject)) ? child(basic, subject, "nmod:poss") : Optional.empty();
        return Optional.of(subjectSpan(possessor.orElse(subject), head));
      }
    }
    if (governor.isEmpty()) {
      return Optional.empty();
    }
    if ((rel.equals("acl") || ParseRepair.isRepairedGerund(head)) && !isVerb(governor.get())) {
      IndexedWord noun = governor.get();
      if (ParseRepair.isRepairedGerund(head) || child(basic, head, "mark").filter(m -> lemma(m).equals("to")).isPresent()) {
        // "the Taliban's refusal to evict ...": the one refusing is the possessor, not the refusal.
        return child(basic, noun, "nmod:poss").map(p -> span(p, Set.of()));
      }
      Set<IndexedWord> clauseParts = new HashSet<>(children(basic, noun, r -> SUBJECTS.contains(r) || r.equals("cop") || r.equals("aux")));
      clauseParts.add(head);
      return Optional.of(span(noun, clauseParts));
    }
    boolean writerVoice = rel.equals("advcl") && head.index() < governor.get().index() && WRITER_PARTICIPLES.contains(lemma(head));
    boolean controlled =
        rel.equals("xcomp") || rel.equals("conj")
            || (rel.equals("advcl") && isParticiple(head) && child(basic, head, "mark").isEmpty() && !writerVoice)
            || (ParseRepair.isRepairedGerund(head) && isVerb(governor.get()));
    return controlled && isClauseHead(governor.get()) ? subject(governor.get()) : Optional.empty();
  }

  /** "urged the Taliban to act": a verb whose object, not its subject, does what it controls. */
  private boolean objectControl(IndexedWord verb) {
    return child(basic, verb, "obj").isPresent() || child(basic, verb, "iobj").isPresent();
  }

  /**
   * The noun a relative clause is about: its governor, or, when the governor is plural and the
   * clause's verb singular ("the activities of the movement that seeks ..."), the noun of the
   * governor's last "of" phrase, which the parser often misses.
   */
  private IndexedWord antecedent(IndexedWord clause, IndexedWord governor) {
    boolean pluralNoun = governor.tag() != null && governor.tag().matches("NNP?S");
    boolean singularVerb =
        "VBZ".equals(clause.tag()) || children(basic, clause, r -> r.startsWith("aux") || r.equals("cop")).stream().anyMatch(a -> "VBZ".equals(a.tag()));
    if (pluralNoun && singularVerb) {
      return children(basic, governor, "nmod"::equals).stream().filter(n -> n.index() < clause.index()).reduce((a, b) -> b).orElse(governor);
    }
    return governor;
  }

  /** A subject's words, without its participial and relative modifiers: they are propositions of their own. */
  private Phrase subjectSpan(IndexedWord subject, IndexedWord clause) {
    Set<IndexedWord> modifiers = new HashSet<>(children(basic, subject, "acl"::equals));
    modifiers.add(clause);
    return span(subject, modifiers);
  }

  private record Control(List<IndexedWord> words, List<IndexedWord> chain) {}

  /**
   * For a verb controlled by the clause above it ("is ready to recognize", "became the first
   * country to recognize", "refused to evict"): the words of that clause's relation, which the
   * relation keeps, and the controlling words, which colour the modality.
   */
  private Optional<Control> controllingWords(IndexedWord head, Phrase subject) {
    String rel = basicRelation(head);
    if (!rel.equals("xcomp") && !ParseRepair.isRepairedGerund(head)) {
      return Optional.empty();
    }
    Optional<IndexedWord> governor = basicGovernor(head);
    if (governor.isEmpty() || !isClauseHead(governor.get())) {
      return Optional.empty();
    }
    IndexedWord g = governor.get();
    Optional<Phrase> governorSubject = subject(g);
    if (governorSubject.isEmpty() || !governorSubject.get().head().equals(subject.head())) {
      return Optional.empty(); // object control ("urged the Taliban to act"): the relation is the verb's own
    }
    List<IndexedWord> words = new ArrayList<>();
    Control above = controllingWords(g, subject).orElse(new Control(List.of(), List.of()));
    words.addAll(above.words());
    words.addAll(verbGroup(g, child(basic, g, "cop").isPresent()));
    // The governor's words between it and the controlled verb ("the first country"), when they
    // are not a clause of their own.
    for (SemanticGraphEdge e : basic.outgoingEdgeList(g)) {
      IndexedWord d = e.getDependent();
      String r = e.getRelation().toString();
      if (d.index() > g.index() && d.index() < head.index() && (r.equals("xcomp") || r.equals("obj")) && !isVerb(d)) {
        words.addAll(span(d, Set.of()).words());
      }
    }
    List<IndexedWord> chain = new ArrayList<>(above.chain());
    chain.add(g);
    return Optional.of(new Control(words, chain));
  }

  /** Auxiliaries, copula, negation, the head itself (unless it is a noun after a copula) and its particle. */
  private List<IndexedWord> verbGroup(IndexedWord head, boolean copular) {
    List<IndexedWord> words = new ArrayList<>();
    for (SemanticGraphEdge e : basic.outgoingEdgeList(head)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      boolean negation = r.equals("advmod") && NEGATORS.contains(lemma(d));
      if (r.equals("aux") || r.equals("aux:pass") || r.equals("cop") || negation || r.equals("compound:prt")
          || (r.equals("mark") && lemma(d).equals("to") && d.index() < head.index())) {
        words.add(d);
      }
    }
    if (!copular || isAdjectiveOrVerb(head)) {
      words.add(head);
    } else {
      // "is in China": the preposition of a copular phrase belongs to the relation.
      child(basic, head, "case").filter(c -> c.index() < head.index()).ifPresent(words::add);
    }
    if (copular && isVerb(head)) {
      // "is against recognizing the Taliban": the preposition belongs to the copula, the verb to its argument.
      words.remove(head);
      child(basic, head, "case").ifPresent(words::add);
    }
    return words;
  }

  /** After a copula the noun phrase itself is the argument: "ETIM is | a threat to China". */
  private Optional<Argument> copularArguments(IndexedWord head) {
    if (isAdjectiveOrVerb(head) && !isVerb(head)) {
      return Optional.empty();
    }
    Set<IndexedWord> exclude = new HashSet<>(children(basic, head, r -> SUBJECTS.contains(r) || r.equals("cop") || r.equals("aux") || r.equals("aux:pass") || r.equals("mark") || r.equals("cc") || r.equals("conj") || r.equals("advcl") || r.equals("case") && isVerb(head)));
    children(basic, head, "advmod"::equals).stream().filter(d -> NEGATORS.contains(lemma(d))).forEach(exclude::add);
    Phrase phrase = span(head, exclude);
    return phrase.isEmpty() ? Optional.empty() : Optional.of(new Argument("attr", null, phrase));
  }

  /** Objects, clausal complements and prepositional and temporal modifiers of the head. */
  private List<Argument> arguments(IndexedWord head, boolean copular) {
    List<Argument> out = new ArrayList<>();
    for (SemanticGraphEdge e : basic.outgoingEdgeList(head)) {
      String r = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (!copular && (r.equals("obj") || r.equals("iobj"))) {
        out.add(new Argument(r, null, span(d, Set.of())));
      } else if (r.equals("ccomp")) {
        Optional<IndexedWord> mark = child(basic, d, "mark").filter(m -> m.index() < d.index());
        out.add(new Argument("ccomp", mark.orElse(null), span(d, mark.map(Set::of).orElse(Set.of()))));
      } else if (r.equals("xcomp") && !isVerb(d) && !copular) {
        out.add(new Argument("xcomp", null, span(d, Set.of())));
      } else if ((r.equals("obl") || r.equals("nmod")) && (!copular || isAdjectiveOrVerb(head)) && !ParseRepair.isRepairedGerund(d)) {
        Optional<IndexedWord> marker = child(basic, d, "case").filter(c -> c.index() < d.index());
        out.add(new Argument(enhancedRelation(d, head).orElse(r), marker.orElse(null), span(d, marker.map(Set::of).orElse(Set.of()))));
      } else if (r.equals("obl:tmod") || r.equals("obl:npmod") || r.equals("nmod:tmod")) {
        out.add(new Argument("tmod", null, span(d, Set.of())));
      } else if (r.equals("advcl") && child(basic, d, "mark").filter(m -> lemma(m).equals("from")).isPresent()) {
        // "prevent Afghan land from being used": the "from" clause completes the verb, it is no adjunct.
        IndexedWord mark = child(basic, d, "mark").orElseThrow();
        out.add(new Argument("advcl:from", mark, span(d, Set.of(mark))));
      }
    }
    out.removeIf(a -> a.phrase().isEmpty());
    return out;
  }

  /**
   * CaRB's and OpenIE's convention: with no object, the preposition of the first argument right
   * after the verb joins the relation ("met with | Wang Yi"), as does a complementiser ("said that").
   */
  private static List<Argument> foldLeadingMarker(List<IndexedWord> relation, List<Argument> arguments) {
    if (arguments.isEmpty() || relation.isEmpty()) {
      return arguments;
    }
    Argument first = arguments.get(0);
    int lastRelation = relation.stream().mapToInt(IndexedWord::index).max().orElse(0);
    if (first.marker() == null || first.marker().index() != lastRelation + 1) {
      return arguments;
    }
    relation.add(first.marker());
    List<Argument> out = new ArrayList<>(arguments);
    out.set(0, new Argument(first.role(), null, first.phrase()));
    return out;
  }

  /** "X, Y, ...": X is Y, when both are noun phrases. */
  private Optional<Proposition> apposition(IndexedWord noun, IndexedWord appositive) {
    if (!isNominal(noun) || !isNominal(appositive)) {
      return Optional.empty();
    }
    Phrase subject = span(noun, Set.of(appositive));
    Phrase attribute = span(appositive, Set.of());
    if (subject.isEmpty() || attribute.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Proposition(Kind.APPOSITION, appositive, subject, List.of(), List.of(new Argument("attr", null, attribute)), List.of(), List.of()));
  }

  /**
   * One proposition per conjunct of a coordinated subject or object ("Pakistan and China
   * pressed ...": Pakistan pressed, China pressed), at most {@link #MAX_SPLITS} in all.
   */
  private List<Proposition> split(Proposition p) {
    List<Phrase> subjects = conjuncts(p.subject());
    List<List<Argument>> argumentLists = new ArrayList<>();
    argumentLists.add(p.arguments());
    if (!p.arguments().isEmpty() && p.arguments().get(0).isObject()) {
      Argument first = p.arguments().get(0);
      List<Phrase> objects = conjuncts(first.phrase());
      if (objects.size() > 1) {
        argumentLists.clear();
        for (Phrase o : objects) {
          List<Argument> args = new ArrayList<>(p.arguments());
          args.set(0, new Argument(first.role(), first.marker(), o));
          argumentLists.add(args);
        }
      }
    }
    List<Proposition> out = new ArrayList<>();
    for (Phrase s : subjects) {
      for (List<Argument> args : argumentLists) {
        if (out.size() < MAX_SPLITS) {
          out.add(new Proposition(p.kind(), p.anchor(), s, p.relation(), args, p.control(), p.chain()));
        }
      }
    }
    return out;
  }

  /** The phrase and each of its nominal conjuncts, each without the coordination. */
  private List<Phrase> conjuncts(Phrase phrase) {
    List<IndexedWord> others = children(basic, phrase.head(), "conj"::equals).stream().filter(PropositionExtractor::isNominal).toList();
    if (others.isEmpty() || !isNominal(phrase.head())) {
      return List.of(phrase);
    }
    Set<IndexedWord> coordination = new HashSet<>(others);
    coordination.addAll(children(basic, phrase.head(), "cc"::equals));
    List<Phrase> out = new ArrayList<>();
    out.add(keepOnly(phrase, span(phrase.head(), coordination)));
    for (IndexedWord other : others) {
      out.add(span(other, Set.copyOf(children(basic, other, r -> r.equals("cc") || r.equals("conj")))));
    }
    return out;
  }

  /** A narrower span of a phrase, kept inside what the phrase already excluded. */
  private static Phrase keepOnly(Phrase phrase, Phrase narrower) {
    Set<IndexedWord> allowed = new HashSet<>(phrase.words());
    return new Phrase(phrase.head(), narrower.words().stream().filter(allowed::contains).toList());
  }

  /**
   * The words of the basic-tree subtree below {@code head}, minus relative clauses, appositions,
   * the words in {@code exclude} (with their subtrees), and punctuation and conjunctions at the edges.
   */
  Phrase span(IndexedWord head, Set<IndexedWord> exclude) {
    List<IndexedWord> words = new ArrayList<>();
    Set<IndexedWord> excluded = new HashSet<>(exclude);
    // The preposition or complementiser before a phrase is the argument's marker, not its words.
    excluded.addAll(children(basic, head, r -> r.equals("case") || r.equals("mark")).stream().filter(m -> m.index() < head.index()).toList());
    collect(head, excluded, words, new HashSet<>());
    words.sort(Comparator.comparingInt(IndexedWord::index));
    while (!words.isEmpty() && isEdgeNoise(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && isEdgeNoise(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return new Phrase(head, words);
  }

  private void collect(IndexedWord w, Set<IndexedWord> exclude, List<IndexedWord> into, Set<IndexedWord> seen) {
    if (!seen.add(w) || exclude.contains(w)) {
      return;
    }
    into.add(w);
    for (SemanticGraphEdge e : basic.outgoingEdgeList(w)) {
      String r = e.getRelation().toString();
      if (!OUTSIDE_SPANS.contains(r) || r.equals("punct")) {
        collect(e.getDependent(), exclude, into, seen);
      }
    }
  }

  /** Punctuation, quotes, conjunctions and a possessive "'s" left dangling at either end of a span. */
  private static boolean isEdgeNoise(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("CC") || tag.equals("HYPH") || tag.equals("POS")
        || tag.equals("``") || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-")
        || w.word().matches("[-–—\"“”‘’'`()]+");
  }

  private String basicRelation(IndexedWord w) {
    List<SemanticGraphEdge> in = basic.incomingEdgeList(w);
    return in.isEmpty() ? "root" : in.get(0).getRelation().toString();
  }

  private Optional<IndexedWord> basicGovernor(IndexedWord w) {
    List<SemanticGraphEdge> in = basic.incomingEdgeList(w);
    return in.isEmpty() ? Optional.empty() : Optional.of(in.get(0).getGovernor());
  }

  /** "obl:in", "nmod:with": the enhanced relation names the preposition. */
  private Optional<String> enhancedRelation(IndexedWord dependent, IndexedWord governor) {
    SemanticGraphEdge e = enhanced.getEdge(governor, dependent);
    return e == null ? Optional.empty() : Optional.of(e.getRelation().toString());
  }

  private static List<SemanticGraphEdge> outgoing(SemanticGraph g, IndexedWord w, java.util.function.Predicate<String> relation) {
    return g.outgoingEdgeList(w).stream().filter(e -> relation.test(e.getRelation().toString())).toList();
  }

  private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, java.util.function.Predicate<String> relation) {
    return outgoing(g, w, relation).stream().map(SemanticGraphEdge::getDependent).sorted(Comparator.comparingInt(IndexedWord::index)).toList();
  }

  private static Optional<IndexedWord> child(SemanticGraph g, IndexedWord w, String relation) {
    return children(g, w, relation::equals).stream().findFirst();
  }

  private boolean isInfinitive(IndexedWord verb) {
    return child(basic, verb, "mark").filter(m -> lemma(m).equals("to")).isPresent();
  }

  static boolean isVerb(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("VB");
  }

  private static boolean isParticiple(IndexedWord w) {
    return "VBG".equals(w.tag()) || "VBN".equals(w.tag());
  }

  private static boolean isAdjectiveOrVerb(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return tag.startsWith("JJ") || tag.startsWith("VB") || tag.startsWith("RB");
  }

  private static boolean isNominal(IndexedWord w) {
    String tag = w.tag() == null ? "" : w.tag();
    return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD");
  }

  private static String lemma(IndexedWord w) {
    return (w.lemma() != null ? w.lemma() : w.word()).toLowerCase(Locale.ROOT);
  }
}
