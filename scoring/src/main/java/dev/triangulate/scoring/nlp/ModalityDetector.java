package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Certainty;
import dev.triangulate.scoring.claim.Modality;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Modality and attribution of a claim from the clause around its predicate and the clauses above
 * it: negation, conditions, hedges (modal verbs, readiness, hedging adverbs, questions) and the
 * reporting verb or "according to" that credits a source.
 */
final class ModalityDetector {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing");
  /** Denials and negative implicatives: "refused to evict", "failed to control", "the refusal to act". */
  private static final Set<String> DENIALS =
      Set.of(
          "deny", "dismiss", "reject", "refute", "rebut", "debunk", "refuse", "decline", "disprove", "fail",
          "refusal", "failure", "inability", "unable", "unwillingness", "reluctance");
  private static final Set<String> REPORT_NOUNS =
      Set.of("rumor", "rumour", "report", "claim", "allegation", "speculation", "suggestion", "story", "suspicion", "belief", "theory");
  private static final Set<String> FALSEHOOD_NOUNS = Set.of("hoax", "myth", "lie", "falsehood", "fabrication");
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "would", "should");

  /** Readiness, intent and expectation: the event has not happened. */
  private static final Set<String> SPECULATIVE =
      Set.of(
          "ready", "prepared", "willing", "poised", "likely", "unlikely", "expected", "set", "plan",
          "intend", "hope", "want", "seek", "consider", "mull", "eye", "aim", "able", "possible",
          "prepare", "threaten", "propose", "offer", "expect", "could", "tipped", "rumoured",
          "rumored", "speculate", "ask", "urge", "press", "demand", "request", "call", "push",
          "pressure", "try", "attempt", "need", "commitment", "pledge", "promise", "vow");
  private static final Set<String> HEDGE_ADVERBS =
      Set.of(
          "reportedly", "allegedly", "possibly", "probably", "perhaps", "apparently", "purportedly",
          "presumably", "maybe", "supposedly", "likely", "seemingly");
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "claim", "report", "state", "announce", "insist", "warn", "add", "confirm",
          "believe", "think", "allege", "suggest", "write", "note", "argue", "assert", "reveal",
          "declare", "explain", "stress", "accuse", "regard", "consider", "see", "view", "describe",
          "call", "label", "brand", "designate", "deem", "learn", "estimate", "predict", "speculate", "indicate");
  private static final Set<String> CONDITION_MARKERS = Set.of("if", "unless", "once", "provided", "providing");
  /** Unnamed sources: the claim rests on people the reader cannot check. */
  private static final Set<String> ANONYMOUS =
      Set.of(
          "source", "insider", "official", "diplomat", "analyst", "expert", "observer", "person",
          "people", "report", "media", "rumour", "rumor", "aide", "witness", "resident", "someone");
  /**
   * Relations through which a clause hangs below the clause that frames it. Adverbial clauses are
   * left out on purpose: "since the Taliban returned to power, officials have pressed ..." does not
   * make the return a request.
   */
  private static final Set<String> FRAMING = Set.of("xcomp", "ccomp", "csubj", "dep", "conj", "acl:to");
  /** Hedges that lean towards the event happening: FactBank's "probable" rather than "possible". */
  private static final Set<String> PROBABLE = Set.of("likely", "probably", "expected", "expect", "poised", "set", "apparently", "presumably");

  /**
   * A headline or one-line lede is a single clause, however the parser hangs it: there any
   * stance word counts, wherever it sits ("Police deny reports of arrest", "Singer arrested?").
   */
  static final int SHORT_SENTENCE_TOKENS = 25;
  private static final Set<String> REFUTING =
      Set.of(
          "hoax", "fake", "false", "debunk", "debunked", "myth", "untrue", "bogus", "baseless", "unfounded",
          "deny", "dismiss", "refute", "rebut", "disprove", "fabricate", "fabricated", "satire", "spoof", "prank",
          "not", "n't", "no", "never");
  private static final Set<String> HEDGING =
      Set.of(
          "reportedly", "allegedly", "claim", "rumor", "rumour", "rumored", "rumoured", "report", "may",
          "might", "could", "possibly", "perhaps", "apparently", "purportedly", "supposedly", "suggest",
          "appear", "seem", "suspect", "speculate", "whether", "if", "likely", "unconfirmed",
          "forecast", "predict", "tipped", "allege", "alleged",
          // "apparent ban", "possible attack": the event itself is in doubt.
          "apparent", "possible", "purported", "unverified",
          // "Pakistan and China urge Taliban to act": a request, not the act.
          "urge", "demand");

  record Result(Modality modality, Attribution attribution, Certainty certainty) {}

  private final Lemmatiser lemmas;

  ModalityDetector(Lemmatiser lemmas) {
    this.lemmas = lemmas;
  }

  /**
   * Where the claim of a sentence without a readable triple sits: its root, or, when the root
   * only reports or denies ("Officials confirm the ferry sank"), the clause it reports, so the
   * reporting verb is read as framing rather than as the claim.
   */
  static IndexedWord claimAnchor(SentenceGraph s) {
    IndexedWord anchor = s.graph().getFirstRoot();
    for (int depth = 0; depth < 3; depth++) {
      String lemma = PredicateLexicon.lemma(anchor);
      if (!SPEECH_VERBS.contains(lemma) && !DENIALS.contains(lemma)) {
        break;
      }
      // "X may have happened, insiders say": the parser hangs the claim as an adverbial clause.
      IndexedWord reporting = anchor;
      Optional<IndexedWord> clause = s.child(reporting, "ccomp").or(() -> s.child(reporting, "advcl"));
      if (clause.isEmpty()) {
        break;
      }
      anchor = clause.get();
    }
    return anchor;
  }

  /**
   * {@code wholeSentence}: the claim is the sentence's only reading (a headline, or a sentence read
   * as terms), so stance words count wherever they sit in a short one.
   */
  Result detect(SentenceGraph s, PredicateLexicon.Match m, boolean question, boolean wholeSentence) {
    IndexedWord anchor = m.verb() != null ? m.verb() : m.noun();
    List<IndexedWord> chain = framingChain(s, anchor);
    Modality modality = Modality.ASSERTED;
    Attribution attribution = Attribution.OUTLET;
    if (m.noun() != null && m.verb() == null) {
      Optional<SemanticGraphEdge> judged = s.governor(m.noun(), r -> r.equals("obl:as") || r.equals("xcomp"));
      if (judged.isPresent() && PropositionExtractor.JUDGING_VERBS.contains(PredicateLexicon.lemma(judged.get().getGovernor()))) {
        attribution = subjectAttribution(s, judged.get().getGovernor()).orElse(attribution);
        modality = Modality.REPORTED;
      }
    }
    if (isCondition(s, anchor)) {
      modality = Modality.CONDITIONAL;
    }
    modality = max(modality, infinitiveNoun(s, anchor));
    modality = max(modality, contentNoun(s, anchor));
    for (int k = 0; k < chain.size(); k++) {
      IndexedWord w = chain.get(k);
      String lemma = PredicateLexicon.lemma(w);
      // "is considering recognizing": a verb that controls the claim's verb deliberates; only one
      // whose clause the claim is reports it.
      boolean reports = k > 0 && !controls(s, w, chain.get(k - 1));
      if (w != anchor && reports && SPEECH_VERBS.contains(lemma) && attribution == Attribution.OUTLET) {
        attribution = subjectAttribution(s, w).orElse(attribution);
        modality = max(modality, Modality.REPORTED);
      }
      if (w != anchor && DENIALS.contains(lemma)) {
        modality = max(modality, Modality.NEGATED);
      }
      if (w != anchor && SPECULATIVE.contains(lemma)) {
        modality = max(modality, Modality.HEDGED);
      }
      modality = max(modality, ownCues(s, w));
    }
    Optional<Attribution> reporter = reportingChildren(s, chain);
    if (reporter.isPresent() && attribution == Attribution.OUTLET) {
      attribution = reporter.get();
      modality = max(modality, Modality.REPORTED);
    }
    if (question) {
      modality = max(modality, Modality.HEDGED);
    }
    Optional<Attribution> credit = headlineCredit(s);
    if (credit.isPresent() && attribution == Attribution.OUTLET) {
      attribution = credit.get();
      modality = max(modality, Modality.REPORTED);
    }
    if (attribution.anonymous() && modality == Modality.ASSERTED) {
      modality = Modality.REPORTED;
    }
    if (wholeSentence && s.graph().size() <= SHORT_SENTENCE_TOKENS) {
      modality = max(modality, shortSentenceCues(s));
    }
    return new Result(modality, attribution, certainty(s, chain, modality, attribution));
  }

  /** "Sources: mayor to resign", "Officials: ...": a headline that opens by crediting unnamed people. */
  private static Optional<Attribution> headlineCredit(SentenceGraph s) {
    List<IndexedWord> words = s.graph().vertexListSorted();
    if (words.size() < 3 || !words.get(1).word().equals(":")) {
      return Optional.empty();
    }
    String first = words.get(0).word().toLowerCase(Locale.ROOT);
    String singular = first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
    return ANONYMOUS.contains(singular) ? Optional.of(Attribution.anonymous(first)) : Optional.empty();
  }

  private Modality shortSentenceCues(SentenceGraph s) {
    Modality m = Modality.ASSERTED;
    for (IndexedWord w : s.graph().vertexSet()) {
      // Headlines are title-cased: "Claims" tagged as a name still reads as "claim".
      String lemma = lemmas.lemma(w.backingLabel()).toLowerCase(Locale.ROOT);
      String word = w.word().toLowerCase(Locale.ROOT);
      if (REFUTING.contains(lemma) || REFUTING.contains(word)) {
        m = max(m, Modality.NEGATED);
      } else if (HEDGING.contains(lemma) || HEDGING.contains(word)) {
        m = max(m, Modality.HEDGED);
      }
    }
    return m;
  }

  /**
   * FactBank certainty: hedges make a claim probable or possible (PROBABLE cues vs the rest),
   * anonymous reporting probable, conditions possible; a hedged denial ("may not") is possible.
   */
  private static Certainty certainty(SentenceGraph s, List<IndexedWord> chain, Modality modality, Attribution attribution) {
    return switch (modality) {
      case ASSERTED -> Certainty.CERTAIN;
      case REPORTED -> attribution.anonymous() ? Certainty.PROBABLE : Certainty.CERTAIN;
      case HEDGED -> hasCue(s, chain, PROBABLE) ? Certainty.PROBABLE : Certainty.POSSIBLE;
      case CONDITIONAL -> Certainty.POSSIBLE;
      case NEGATED -> hasCue(s, chain, MODALS) || hasCue(s, chain, HEDGE_ADVERBS) ? Certainty.POSSIBLE : Certainty.CERTAIN;
    };
  }

  /** A cue among the framing chain's words or their direct dependents. */
  private static boolean hasCue(SentenceGraph s, List<IndexedWord> chain, Set<String> cues) {
    for (IndexedWord w : chain) {
      if (cues.contains(PredicateLexicon.lemma(w))
          || s.graph().getChildList(w).stream().anyMatch(c -> cues.contains(PredicateLexicon.lemma(c)))) {
        return true;
      }
    }
    return false;
  }

  /** "China has recognized the Taliban, sources said": parsers attach the claim as an adverbial clause. */
  private static boolean isReporting(SemanticGraphEdge edge) {
    return SPEECH_VERBS.contains(PredicateLexicon.lemma(edge.getGovernor()));
  }

  /** "if the militants capture Kabul", "as soon as they capture Kabul": the clause is itself a condition. */
  private static boolean isCondition(SentenceGraph s, IndexedWord anchor) {
    return s.governor(
            anchor,
            r -> r.startsWith("advcl:") && CONDITION_MARKERS.contains(r.substring(6)))
        .isPresent()
        || s.governor(anchor, r -> r.startsWith("advcl"))
            .filter(e -> PredicateLexicon.lemma(e.getGovernor()).equals("soon"))
            .isPresent();
  }

  /** Whether {@code below} is a verb {@code above} controls ("considering recognizing", "ready to recognize"). */
  private static boolean controls(SentenceGraph s, IndexedWord above, IndexedWord below) {
    SemanticGraphEdge e = s.graph().getEdge(above, below);
    return ParseRepair.isRepairedGerund(below) || (e != null && e.getRelation().toString().startsWith("xcomp"));
  }

  /** The anchor and the words it hangs from through framing relations, nearest first. */
  private static List<IndexedWord> framingChain(SentenceGraph s, IndexedWord anchor) {
    List<IndexedWord> chain = new ArrayList<>();
    IndexedWord current = anchor;
    while (current != null && chain.size() < 5 && !chain.contains(current)) {
      chain.add(current);
      IndexedWord word = current;
      current =
          s.governor(word, r -> FRAMING.stream().anyMatch(f -> r.equals(f) || r.startsWith(f + ":")) || ParseRepair.isRepairedGerund(word))
              .or(() -> s.governor(word, r -> r.equals("advcl")).filter(ModalityDetector::isReporting))
              .map(SemanticGraphEdge::getGovernor)
              .orElse(null);
    }
    return chain;
  }

  /** Cues attached to one word of the chain: negation, modal verbs, hedging adverbs, conditions. */
  private static Modality ownCues(SentenceGraph s, IndexedWord w) {
    Modality m = Modality.ASSERTED;
    for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      String dep = PredicateLexicon.lemma(e.getDependent());
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(dep)) {
        m = max(m, Modality.NEGATED);
      } else if (rel.equals("aux") && MODALS.contains(dep)) {
        m = max(m, Modality.HEDGED);
      } else if (rel.equals("advmod") && HEDGE_ADVERBS.contains(dep)) {
        m = max(m, Modality.HEDGED);
      } else if (rel.startsWith("advcl:") && CONDITION_MARKERS.contains(rel.substring(6))) {
        m = max(m, Modality.CONDITIONAL);
      } else if (rel.equals("advmod") && dep.equals("soon") && !s.children(e.getDependent(), r -> r.startsWith("advcl")).isEmpty()) {
        m = max(m, Modality.CONDITIONAL);
      }
    }
    return m;
  }

  /**
   * "the council's refusal to fund ...", "Beijing's plan to build ...": the noun an infinitive
   * completes, however the parser hangs it (its governor, or its subject), says whether the act is
   * denied or only intended.
   */
  private static Modality infinitiveNoun(SentenceGraph s, IndexedWord anchor) {
    boolean infinitive = s.children(anchor, "mark"::equals).stream().anyMatch(m -> PredicateLexicon.lemma(m).equals("to"));
    if (!infinitive) {
      return Modality.ASSERTED;
    }
    List<IndexedWord> nouns = new ArrayList<>(s.children(anchor, r -> r.startsWith("nsubj")));
    s.governor(anchor, r -> r.startsWith("acl")).ifPresent(e -> nouns.add(e.getGovernor()));
    Modality m = Modality.ASSERTED;
    for (IndexedWord noun : nouns) {
      String lemma = PredicateLexicon.lemma(noun);
      if (PropositionExtractor.INFINITIVE_NOUNS.contains(lemma)) {
        m = max(m, DENIALS.contains(lemma) ? Modality.NEGATED : Modality.HEDGED);
      }
    }
    return m;
  }

  /**
   * "a rumour that the singer ripped up the contract", "the hoax that the Earth will go dark": a
   * clause that is the content of such a noun is what the noun calls a report (hedged) or a
   * falsehood (denied), not something the sentence asserts.
   */
  private static Modality contentNoun(SentenceGraph s, IndexedWord anchor) {
    // The parser hangs such a clause as acl (acl:that once enhanced), or as ccomp of the noun.
    return s.governor(anchor, r -> r.equals("ccomp") || r.startsWith("acl") && !r.equals("acl:relcl"))
        .map(SemanticGraphEdge::getGovernor)
        .filter(noun -> noun.tag() != null && noun.tag().startsWith("NN"))
        .map(PredicateLexicon::lemma)
        .map(noun -> FALSEHOOD_NOUNS.contains(noun) ? Modality.NEGATED : REPORT_NOUNS.contains(noun) ? Modality.HEDGED : Modality.ASSERTED)
        .orElse(Modality.ASSERTED);
  }

  /** "..., a spokeswoman told reporters" and "Insiders say ...": reporting clauses below the claim. */
  private static Optional<Attribution> reportingChildren(SentenceGraph s, List<IndexedWord> chain) {
    for (IndexedWord w : chain) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        IndexedWord dep = e.getDependent();
        if ((rel.equals("parataxis") || rel.equals("csubj")) && SPEECH_VERBS.contains(PredicateLexicon.lemma(dep))) {
          return subjectAttribution(s, dep);
        }
        if (rel.equals("obl:according_to")) {
          return Optional.of(attributionOf(s, dep));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Attribution> subjectAttribution(SentenceGraph s, IndexedWord verb) {
    return s.child(verb, "nsubj").map(subj -> attributionOf(s, subj));
  }

  private static Attribution attributionOf(SentenceGraph s, IndexedWord head) {
    String lemma = PredicateLexicon.lemma(head);
    Optional<Entity> entity = s.entityOf(head);
    if (ANONYMOUS.contains(lemma)) {
      return entity.map(e -> Attribution.named(e.name() + " (" + head.word().toLowerCase(Locale.ROOT) + ")"))
          .filter(a -> !lemma.equals("source") && !lemma.equals("insider"))
          .orElse(Attribution.anonymous(head.word().toLowerCase(Locale.ROOT)));
    }
    return entity.map(e -> Attribution.named(e.name())).orElse(Attribution.named(phrase(s, head)));
  }

  /** "foreign ministry spokeswoman": the head noun with its compound and adjective modifiers. */
  private static String phrase(SentenceGraph s, IndexedWord head) {
    List<IndexedWord> words = new ArrayList<>(s.children(head, r -> r.equals("compound") || r.equals("amod")));
    words.add(head);
    words.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return String.join(" ", words.stream().map(IndexedWord::word).toList());
  }

  private static Modality max(Modality a, Modality b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
