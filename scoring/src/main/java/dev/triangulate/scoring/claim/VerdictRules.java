package dev.triangulate.scoring.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The verdict on a claim from the positions of its independent sources (see {@link Independence}).
 *
 * <p>Time first: when every source on one side stated its position at least {@link
 * #SUPERSEDED_AFTER_DAYS} days before the first source on the other side, the older side is
 * superseded (a 2021 denial of what a 2024 report confirms is not a contradiction: the facts moved)
 * and left out of what follows. Then, with A sources supporting and R refuting: REFUTED when
 * R >= 2 and a denial, counted twice, outweighs or equals the support (2R >= A) — outlets rarely
 * deny what later proves true, so a denial says more than an echo; CONTESTED when A >= 1 and
 * R >= 1 otherwise; CORROBORATED when A >= 2 and at least as many sources back it as only hedge
 * (a claim most outlets relay as a rumour is still a rumour, however many assert it); SINGLE_SOURCE
 * when exactly one source takes a firm position; UNVERIFIED otherwise (only hedged, speculative or
 * anonymously sourced mentions, or more of them than backing);
 * NO_COVERAGE when nobody makes it (a watched claim nothing matched, or that articles only discuss).
 *
 * <p>corroboration = S / (S + R + 1) over the sources not superseded, S the summed support weights
 * of those that do not refute (asserted 1.0, reported 0.8, hedged 0.25). The +1 is doubt before any
 * evidence: one asserting source gives 0.5, two give 0.67, three 0.75; each refuting source pulls
 * it down.
 */
public final class VerdictRules {
  public static final long SUPERSEDED_AFTER_DAYS = 180;
  /** How many supporting sources one denial outweighs when deciding REFUTED. */
  public static final int DENIAL_WEIGHT = 2;

  private VerdictRules() {}

  /** A verdict, the positions behind it (superseded ones marked) and the reviewer's explanation. */
  public record Decision(Verdict verdict, double corroboration, List<SourcePosition> positions, String reason) {}

  public static Decision decide(List<SourcePosition> all) {
    if (all.isEmpty()) {
      return new Decision(Verdict.NO_COVERAGE, 0.0, all, "no article mentions it");
    }
    Optional<Stance> superseded = supersededSide(all);
    List<SourcePosition> positions =
        all.stream().map(p -> superseded.isPresent() && p.stance() == superseded.get() ? p.asSuperseded() : p).toList();
    List<SourcePosition> current = positions.stream().filter(p -> !p.superseded()).toList();
    if (current.stream().allMatch(p -> p.stance() == Stance.DISCUSSES)) {
      return new Decision(Verdict.NO_COVERAGE, 0.0, positions, reason(positions, superseded));
    }
    Verdict verdict = verdict(count(current, Stance.SUPPORTS), count(current, Stance.REFUTES), count(current, Stance.HEDGES));
    return new Decision(verdict, corroboration(current), positions, reason(positions, superseded));
  }

  static Verdict verdict(long supporting, long refuting, long hedging) {
    if (refuting >= 2 && DENIAL_WEIGHT * refuting >= supporting) {
      return Verdict.REFUTED;
    }
    if (supporting >= 1 && refuting >= 1) {
      return Verdict.CONTESTED;
    }
    if (supporting >= 2) {
      return supporting >= hedging ? Verdict.CORROBORATED : Verdict.UNVERIFIED;
    }
    return supporting + refuting == 1 ? Verdict.SINGLE_SOURCE : Verdict.UNVERIFIED;
  }

  static double corroboration(List<SourcePosition> positions) {
    double support = positions.stream().filter(p -> p.stance() != Stance.REFUTES).mapToDouble(SourcePosition::weight).sum();
    double refute = count(positions, Stance.REFUTES);
    return support / (support + refute + 1.0);
  }

  /** The side (support or denial) that later evidence from the other side overrides, if any. */
  private static Optional<Stance> supersededSide(List<SourcePosition> positions) {
    List<SourcePosition> supports = positions.stream().filter(p -> p.stance() == Stance.SUPPORTS).toList();
    List<SourcePosition> refutes = positions.stream().filter(p -> p.stance() == Stance.REFUTES).toList();
    if (supports.isEmpty() || refutes.isEmpty()) {
      return Optional.empty();
    }
    if (before(refutes, supports)) {
      return Optional.of(Stance.REFUTES);
    }
    return before(supports, refutes) ? Optional.of(Stance.SUPPORTS) : Optional.empty();
  }

  /** Every position of {@code earlier} ended at least the supersession gap before any of {@code later} began. */
  private static boolean before(List<SourcePosition> earlier, List<SourcePosition> later) {
    Optional<LocalDate> lastEarlier = extreme(earlier, SourcePosition::last, true);
    Optional<LocalDate> firstLater = extreme(later, SourcePosition::first, false);
    return lastEarlier.isPresent() && firstLater.isPresent()
        && ChronoUnit.DAYS.between(lastEarlier.get(), firstLater.get()) >= SUPERSEDED_AFTER_DAYS;
  }

  /** The latest (or earliest) date of the positions; empty when any is undated. */
  private static Optional<LocalDate> extreme(List<SourcePosition> positions, Function<SourcePosition, String> date, boolean latest) {
    LocalDate best = null;
    for (SourcePosition p : positions) {
      Optional<LocalDate> d = parse(date.apply(p));
      if (d.isEmpty()) {
        return Optional.empty();
      }
      if (best == null || (latest ? d.get().isAfter(best) : d.get().isBefore(best))) {
        best = d.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> parse(String date) {
    try {
      return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** One line a reviewer can check against mentions.csv: who supports, refutes, hedges, and why any side was set aside. */
  private static String reason(List<SourcePosition> positions, Optional<Stance> superseded) {
    List<String> parts = new ArrayList<>();
    side(parts, positions, Stance.SUPPORTS, "supported by");
    side(parts, positions, Stance.REFUTES, "refuted by");
    side(parts, positions, Stance.HEDGES, "only hedged by");
    side(parts, positions, Stance.DISCUSSES, "only discussed by");
    superseded.ifPresent(
        stance -> parts.add(
            (stance == Stance.REFUTES ? "denials up to " : "support up to ")
                + month(extreme(positions.stream().filter(p -> p.stance() == stance).toList(), SourcePosition::last, true))
                + " superseded by " + (stance == Stance.REFUTES ? "support from " : "denials from ")
                + month(extreme(positions.stream().filter(p -> p.firm() && p.stance() != stance).toList(), SourcePosition::first, false))
                + (stance == Stance.REFUTES ? " (confirmed later)" : " (refuted later)")));
    return String.join("; ", parts);
  }

  private static void side(List<String> parts, List<SourcePosition> positions, Stance stance, String label) {
    List<String> names = positions.stream().filter(p -> p.stance() == stance).map(SourcePosition::display).toList();
    if (!names.isEmpty()) {
      parts.add(label + " " + names.size() + " independent source" + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names));
    }
  }

  private static String month(Optional<LocalDate> date) {
    return date.map(d -> d.toString().substring(0, 7)).orElse("?");
  }

  static long count(List<SourcePosition> positions, Stance stance) {
    return positions.stream().filter(p -> p.stance() == stance).count();
  }
}
