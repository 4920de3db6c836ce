package dev.triangulate.scoring.claim;

import java.util.List;

/**
 * Verdict and corroboration from the positions of the outlets that mention a claim.
 *
 * <p>With A outlets supporting and R refuting: CONTESTED when A >= 1 and R >= 1; CORROBORATED
 * when A >= 2 and R = 0; REFUTED when R >= 2 and A = 0; SINGLE_SOURCE when exactly one outlet
 * takes a firm position (A + R = 1); UNVERIFIED when none does (only hedged, speculative or
 * anonymously sourced mentions); NO_COVERAGE when no outlet mentions it at all (a watched claim
 * nothing matched).
 *
 * <p>corroboration = S / (S + R + 1), S the summed support weights of all outlets that do not
 * refute (asserted 1.0, reported 0.8, hedged 0.25). The +1 is doubt before any evidence: one
 * asserting outlet gives 0.5, two give 0.67, three 0.75; each refuting outlet pulls it down.
 */
public final class VerdictRules {
  private VerdictRules() {}

  public static Verdict verdict(List<OutletPosition> positions) {
    if (positions.isEmpty()) {
      return Verdict.NO_COVERAGE;
    }
    long supporting = count(positions, Stance.SUPPORTS);
    long refuting = count(positions, Stance.REFUTES);
    if (supporting >= 1 && refuting >= 1) {
      return Verdict.CONTESTED;
    }
    if (supporting >= 2) {
      return Verdict.CORROBORATED;
    }
    if (refuting >= 2) {
      return Verdict.REFUTED;
    }
    if (supporting + refuting == 1) {
      return Verdict.SINGLE_SOURCE;
    }
    return Verdict.UNVERIFIED;
  }

  public static double corroboration(List<OutletPosition> positions) {
    double support =
        positions.stream().filter(p -> p.stance() != Stance.REFUTES).mapToDouble(OutletPosition::weight).sum();
    double refute = count(positions, Stance.REFUTES);
    return support / (support + refute + 1.0);
  }

  static long count(List<OutletPosition> positions, Stance stance) {
    return positions.stream().filter(p -> p.stance() == stance).count();
  }
}
