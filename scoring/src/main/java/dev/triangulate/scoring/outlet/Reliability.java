package dev.triangulate.scoring.outlet;

import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.SourcePosition;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.VerdictRules;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outlet reliability and claim confidence by iterative truth discovery, after TruthFinder (Yin,
 * Han and Yu 2008): a claim is as credible as the sources backing it, a source as reliable as the
 * claims it backs. Each round:
 *
 * <ul>
 *   <li>a source's vote on a claim is sign x weight x tau(t), t the mean reliability of its
 *       outlets, tau(t) = -ln(1 - min(t, 0.99)), sign +1 for support, -1 for a denial, weight its
 *       support weight (asserted 1, reported 0.8), or for a denial {@link VerdictRules#DENIAL_WEIGHT}
 *       (outlets rarely deny what turns out true);
 *   <li>confidence(claim) = sigmoid(sum of votes): 0.5 with no firm position;
 *   <li>an outlet's agreement on a claim is the confidence of the claim computed <em>without its
 *       own source</em> (for a denial, 1 minus it): only independent outlets can raise or lower its
 *       standing, so copies and the outlets citing one wire story never vouch for each other, and
 *       a claim nobody else takes a position on is neutral (0.5);
 *   <li>reliability(outlet) = (PRIOR_WEIGHT x PRIOR + sum of agreements) / (PRIOR_WEIGHT + claims),
 *       averaged with the previous round's value (damping).
 * </ul>
 *
 * Starting from PRIOR for every outlet, rounds repeat until no reliability moves by more than
 * 1e-9 (at most 500 rounds). Positions a later one superseded (see VerdictRules) are left out.
 * Everything is iterated in sorted order, so the result does not depend on input order.
 */
public final class Reliability {
  public static final double PRIOR = 0.5;
  public static final double PRIOR_WEIGHT = 2.0;
  static final double TOLERANCE = 1e-9;
  static final int MAX_ROUNDS = 500;

  private Reliability() {}

  /** What the iteration gives: reliability per outlet, confidence per claim id, and the counts behind them. */
  public record Ratings(Map<String, OutletRecord> outlets, Map<String, Double> confidence, int rounds, boolean converged)
      implements Serializable {
    public static final Ratings NONE = new Ratings(Map.of(), Map.of(), 0, true);

    public double confidence(String claimId) {
      return confidence.getOrDefault(claimId, 0.5);
    }

    public OutletRecord outlet(String outlet) {
      return outlets.getOrDefault(outlet, new OutletRecord(0, 0, 0, 0, PRIOR));
    }
  }

  /**
   * An outlet's firm positions: how many ({@code claims}), how many another independent source
   * took the same side on ({@code backed}), the opposite side ({@code contradicted}), or no side
   * ({@code alone}); and its reliability.
   */
  public record OutletRecord(int claims, int backed, int contradicted, int alone, double reliability)
      implements Serializable {}

  private record Vote(List<String> outlets, int sign, double weight) {}

  public static Ratings rate(List<ClaimVerdict> verdicts) {
    Map<String, List<Vote>> votesByClaim = new TreeMap<>();
    Map<String, Double> trust = new TreeMap<>();
    for (ClaimVerdict v : verdicts) {
      List<Vote> votes = new ArrayList<>();
      for (SourcePosition p : v.sources()) {
        if (p.firm() && !p.superseded()) {
          votes.add(new Vote(p.outlets(), p.stance() == Stance.SUPPORTS ? 1 : -1, p.stance() == Stance.SUPPORTS ? p.weight() : VerdictRules.DENIAL_WEIGHT));
          p.outlets().forEach(o -> trust.put(o, PRIOR));
        }
      }
      votesByClaim.put(v.claim().id(), votes);
    }
    int rounds = 0;
    boolean converged = trust.isEmpty();
    while (!converged && rounds < MAX_ROUNDS) {
      rounds++;
      Map<String, Double> next = round(votesByClaim, trust);
      double moved = 0;
      for (Map.Entry<String, Double> e : next.entrySet()) {
        double damped = (trust.get(e.getKey()) + e.getValue()) / 2;
        moved = Math.max(moved, Math.abs(damped - trust.get(e.getKey())));
        trust.put(e.getKey(), damped);
      }
      converged = moved <= TOLERANCE;
    }
    Map<String, Double> confidence = new TreeMap<>();
    votesByClaim.forEach((claim, votes) -> confidence.put(claim, sigmoid(sum(votes, null, trust))));
    return new Ratings(records(votesByClaim, trust), confidence, rounds, converged);
  }

  private static Map<String, Double> round(Map<String, List<Vote>> votesByClaim, Map<String, Double> trust) {
    Map<String, Double> agreement = new TreeMap<>();
    Map<String, Integer> claims = new TreeMap<>();
    for (List<Vote> votes : votesByClaim.values()) {
      for (Vote own : votes) {
        double others = sigmoid(sum(votes, own, trust));
        double agrees = own.sign() > 0 ? others : 1 - others;
        for (String outlet : own.outlets()) {
          agreement.merge(outlet, agrees, Double::sum);
          claims.merge(outlet, 1, Integer::sum);
        }
      }
    }
    Map<String, Double> next = new TreeMap<>();
    trust.keySet().forEach(
        o -> next.put(o, (PRIOR_WEIGHT * PRIOR + agreement.getOrDefault(o, 0.0)) / (PRIOR_WEIGHT + claims.getOrDefault(o, 0))));
    return next;
  }

  /** The summed votes on one claim, leaving out {@code without} (null: none left out). */
  private static double sum(List<Vote> votes, Vote without, Map<String, Double> trust) {
    double total = 0;
    for (Vote v : votes) {
      if (v != without) {
        double t = v.outlets().stream().mapToDouble(trust::get).average().orElse(PRIOR);
        total += v.sign() * v.weight() * -Math.log(1 - Math.min(t, 0.99));
      }
    }
    return total;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static Map<String, OutletRecord> records(Map<String, List<Vote>> votesByClaim, Map<String, Double> trust) {
    Map<String, int[]> counts = new TreeMap<>();
    for (List<Vote> votes : votesByClaim.values()) {
      for (Vote own : votes) {
        boolean backed = votes.stream().anyMatch(v -> v != own && v.sign() == own.sign());
        boolean contradicted = votes.stream().anyMatch(v -> v != own && v.sign() != own.sign());
        for (String outlet : own.outlets()) {
          int[] c = counts.computeIfAbsent(outlet, k -> new int[4]);
          c[0]++;
          c[1] += backed ? 1 : 0;
          c[2] += contradicted ? 1 : 0;
          c[3] += backed || contradicted ? 0 : 1;
        }
      }
    }
    Map<String, OutletRecord> records = new TreeMap<>();
    counts.forEach((o, c) -> records.put(o, new OutletRecord(c[0], c[1], c[2], c[3], trust.get(o))));
    return records;
  }
}
