package dev.triangulate.scoring.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Matches sentences to the fact-checkers' claims. Candidates are only the claims that share a
 * term with the sentence (an inverted index), so the cost is linear in sentences, never sentences
 * times claims.
 *
 * <p>match = 1 when the sentence reads as the claim's own triple; otherwise a lexical score, the
 * share of the claim's term weight the sentence covers times the square root of the share of the
 * sentence's term weight the claim covers, shared / total(claim) * sqrt(shared / total(sentence)),
 * blended with the embeddings' similarity when both have one ({@link Similarity}). Weights
 * are IDF over the watchlist itself, so a term many watched claims share (a company every claim is about) decides less
 * than one only a single claim has. The sentence factor stops a long sentence from matching
 * everything it brushes against; it is a square root because headlines add words a claim lacks.
 */
public final class Watchlist {
  public static final double DEFAULT_THRESHOLD = 0.2;

  /**
   * At or above this, a body sentence states a claim whose event words it does not share: on the
   * seeds, sentences about the same people and places score 0.2 to 0.52 against a claim they do not make.
   */
  static final double STATES_SCORE = 0.5;
  /** A headline about another deed or another doer still states a claim it matches this well (paraphrases). */
  static final double HEADLINE_STATES_SCORE = 0.4;
  /** How much of a claim's event a body sentence must name to state it. */
  static final double EVENT_SHARE = 0.5;
  private static final Pattern NAME_BREAKS = Pattern.compile("[\\s\\-–—/']+");

  public record Match(WatchedClaim claim, double score, Stance stance) {}

  private final List<WatchedClaim> claims;
  private final TermWeights weights;
  private final Map<String, List<Integer>> byTerm = new HashMap<>();
  private final double threshold;

  public Watchlist(List<WatchedClaim> claims, double threshold) {
    this.claims = List.copyOf(claims);
    this.weights = new TermWeights(claims.stream().map(WatchedClaim::terms).toList());
    this.threshold = threshold;
    for (int i = 0; i < this.claims.size(); i++) {
      for (String t : this.claims.get(i).terms()) {
        byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
  }

  public boolean isEmpty() {
    return claims.isEmpty();
  }

  /**
   * Every watched claim the mention matches at or above the threshold, in claim id order, each
   * with its own score and stance: the mention's own stance when it states the claim, {@link
   * Stance#DISCUSSES} when it only talks about the same things.
   */
  public List<Match> matches(ClaimMention mention) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (String t : mention.terms()) {
      candidates.addAll(byTerm.getOrDefault(t, List.of()));
    }
    Map<WatchedClaim, Double> scores = new java.util.LinkedHashMap<>();
    for (int i : candidates) {
      double score = score(claims.get(i), mention);
      if (score >= threshold) {
        scores.put(claims.get(i), score);
      }
    }
    double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<Match> found = new ArrayList<>();
    scores.forEach((claim, score) -> found.add(
        new Match(claim, score, states(claim, mention, score, score >= best) ? mention.stance() : Stance.DISCUSSES)));
    found.sort(java.util.Comparator.comparing(m -> m.claim().id()));
    return found;
  }

  /** The best match, ties to the smaller claim id. */
  public Optional<Match> match(ClaimMention mention) {
    return matches(mention).stream().reduce((a, b) -> b.score() > a.score() ? b : a);
  }

  /**
   * Whether the mention says what the claim says rather than only about the same people. Its
   * proposition is the claim's when it has the claim's subject and predicate (and the same object,
   * or one left out). Otherwise a headline or lede, which names the story its article tells,
   * states the claim it matches best ({@code bestMatch}), unless it is about another deed of the
   * claim's subject or about another named subject and matches only loosely (below {@link
   * #HEADLINE_STATES_SCORE}); the other claims it brushes it only discusses. A
   * sentence further down never states a claim of another named subject ("The US is against
   * recognizing the Taliban" does not state "China recognised the Taliban"), and states one only
   * when it shares at least half of the claim's event words (its terms other than the names of
   * its subject and object) or matches it closely ({@link #STATES_SCORE}): naming the same
   * people is topical overlap, never the claim.
   */
  static boolean states(WatchedClaim claim, ClaimMention mention, double score, boolean bestMatch) {
    ClaimKey c = claim.key();
    ClaimKey m = mention.key();
    boolean bothRead = !c.isNone() && !m.isNone();
    if (bothRead && c.subject().equals(m.subject()) && c.predicate().equals(m.predicate())
        && (c.object().isEmpty() || m.object().isEmpty() || c.object().equals(m.object()))) {
      return true;
    }
    boolean otherDoer = bothRead && named(c.subject()) && named(m.subject()) && !c.subject().equals(m.subject());
    boolean otherDeed = bothRead && !c.subject().isEmpty() && c.subject().equals(m.subject()) && !c.predicate().equals(m.predicate());
    if (mention.sentenceIndex() == 0 && bestMatch) {
      return !(otherDoer || otherDeed) || score >= HEADLINE_STATES_SCORE;
    }
    return !otherDoer && (eventShare(claim, mention) >= EVENT_SHARE || score >= STATES_SCORE);
  }

  /** The share of the claim's event words (terms not in the names of its subject and object) the sentence has; 0 when it has none. */
  static double eventShare(WatchedClaim claim, ClaimMention mention) {
    Set<String> participants = new HashSet<>();
    for (String name : List.of(claim.key().subject(), claim.key().object())) {
      participants.addAll(List.of(NAME_BREAKS.split(name.toLowerCase(Locale.ROOT))));
    }
    List<String> event = claim.terms().stream().filter(t -> !participants.contains(t)).toList();
    if (event.isEmpty()) {
      return 0;
    }
    Set<String> sentence = new HashSet<>(mention.terms());
    return (double) event.stream().filter(sentence::contains).count() / event.size();
  }

  /** A subject that is an entity, not the lemma of a common noun (always lower case). */
  private static boolean named(String subject) {
    return !subject.isEmpty() && !Character.isLowerCase(subject.codePointAt(0));
  }

  double score(WatchedClaim claim, ClaimMention mention) {
    if (claim.key().isNamed() && claim.key().key().equals(mention.key().key())) {
      return 1.0;
    }
    double shared = weights.shared(claim.terms(), mention.terms());
    double claimTotal = weights.total(claim.terms());
    double sentenceTotal = weights.total(mention.terms());
    if (shared == 0 || claimTotal == 0) {
      return 0;
    }
    return Similarity.blend(shared / claimTotal * Math.sqrt(shared / sentenceTotal), claim.embedding(), mention.embedding());
  }
}
