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

  public record Match(WatchedClaim claim, double score) {}

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

  /** The best-matching watched claim at or above the threshold; ties go to the smaller claim id. */
  public Optional<Match> match(ClaimMention mention) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (String t : mention.terms()) {
      candidates.addAll(byTerm.getOrDefault(t, List.of()));
    }
    Match best = null;
    for (int i : candidates) {
      WatchedClaim claim = claims.get(i);
      double score = score(claim, mention);
      if (score >= threshold
          && (best == null || score > best.score() || (score == best.score() && claim.id().compareTo(best.claim().id()) < 0))) {
        best = new Match(claim, score);
      }
    }
    return Optional.ofNullable(best);
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
