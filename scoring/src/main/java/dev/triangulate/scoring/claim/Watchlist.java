package dev.triangulate.scoring.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
   * Below this, a sentence whose proposition is not the claim's only discusses it: measured on the
   * seeds, sentences about the same people and places score 0.2 to 0.52 against a claim they do not make.
   */
  static final double STATES_SCORE = 0.5;

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
    List<Match> found = new ArrayList<>();
    for (int i : candidates) {
      WatchedClaim claim = claims.get(i);
      double score = score(claim, mention);
      if (score >= threshold) {
        found.add(new Match(claim, score, states(claim, mention, score) ? mention.stance() : Stance.DISCUSSES));
      }
    }
    found.sort(java.util.Comparator.comparing(m -> m.claim().id()));
    return found;
  }

  /** The best match, ties to the smaller claim id. */
  public Optional<Match> match(ClaimMention mention) {
    return matches(mention).stream().reduce((a, b) -> b.score() > a.score() ? b : a);
  }

  /**
   * Whether the mention says what the claim says rather than only about the same people: its
   * proposition is the claim's (same subject and predicate, the same object or one left out), or
   * it matches the claim closely ({@link #STATES_SCORE}) with nobody else in the claim's subject
   * role. Two different named subjects are two different claims however many words they share
   * ("The US is against recognizing the Taliban" does not state "China recognised the Taliban").
   */
  static boolean states(WatchedClaim claim, ClaimMention mention, double score) {
    ClaimKey c = claim.key();
    ClaimKey m = mention.key();
    if (c.isNone() || m.isNone()) {
      return score >= STATES_SCORE;
    }
    if (c.subject().equals(m.subject()) && c.predicate().equals(m.predicate())) {
      return c.object().isEmpty() || m.object().isEmpty() || c.object().equals(m.object());
    }
    return score >= STATES_SCORE && !(named(c.subject()) && named(m.subject()) && !c.subject().equals(m.subject()));
  }

  /** A subject that is an entity, not the lemma of a common noun (always lower case). */
  private static boolean named(String subject) {
    return !subject.isEmpty() && !Character.isLowerCase(subject.codePointAt(0));
  }

  double score(WatchedClaim claim, ClaimMention mention) {
    if (!claim.key().isNone() && claim.key().key().equals(mention.key().key())) {
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
