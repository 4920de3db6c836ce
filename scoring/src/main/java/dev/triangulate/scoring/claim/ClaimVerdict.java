package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row of verdicts.csv: a claim, its verdict and scores, the independent sources behind it, and
 * its mentions (the rows of mentions.csv). {@code outlets} counts outlets, {@code
 * independentOutlets} the independent sources they amount to; {@code supporting}, {@code refuting}
 * and {@code hedged} count sources. {@code confidence} comes from outlet reliability, across all
 * claims (see {@code outlet.Reliability}): NaN until then.
 */
public record ClaimVerdict(
    Claim claim,
    Verdict verdict,
    String reason,
    double corroboration,
    double confidence,
    double loadedLanguage,
    int outlets,
    int independentOutlets,
    int supporting,
    int refuting,
    int hedged,
    List<String> articles,
    List<String> outletNames,
    List<SourcePosition> sources,
    String firstSeen,
    String lastSeen,
    String timeline,
    String evidence,
    String counterEvidence,
    List<ClaimMention> mentions)
    implements Serializable {

  /** Scores one claim from all its mentions (any order: the result does not depend on it). */
  public static ClaimVerdict of(Claim claim, List<ClaimMention> mentions) {
    VerdictRules.Decision decision = VerdictRules.decide(Independence.positions(mentions));
    List<SourcePosition> sources = decision.positions();
    // Outlets, articles and dates are those making the claim; the ones only discussing it are in coverage.csv.
    List<ClaimMention> making = mentions.stream().filter(m -> m.stance() != Stance.DISCUSSES).toList();
    List<String> dates = making.stream().map(ClaimMention::published).filter(d -> !d.isEmpty()).sorted().toList();
    Optional<ClaimMention> evidence = mentions.stream().min(EVIDENCE_ORDER);
    return new ClaimVerdict(
        claim,
        decision.verdict(),
        decision.reason(),
        decision.corroboration(),
        Double.NaN,
        mentions.stream().mapToDouble(m -> m.loaded().score()).average().orElse(0.0),
        (int) making.stream().map(ClaimMention::outlet).distinct().count(),
        sources.size(),
        (int) VerdictRules.count(sources, Stance.SUPPORTS),
        (int) VerdictRules.count(sources, Stance.REFUTES),
        (int) VerdictRules.count(sources, Stance.HEDGES),
        making.stream().map(ClaimMention::articleId).distinct().sorted().toList(),
        making.stream().map(ClaimMention::outlet).distinct().sorted().toList(),
        sources,
        dates.isEmpty() ? "" : dates.get(0),
        dates.isEmpty() ? "" : dates.get(dates.size() - 1),
        Timeline.of(mentions),
        evidence.map(ClaimMention::sentence).orElse(""),
        evidence.flatMap(e -> counterEvidence(e, mentions)).map(ClaimMention::sentence).orElse(""),
        mentions.stream().sorted(ClaimResolver.MENTION_ORDER).toList());
  }

  /**
   * The sentence a reviewer should read first: support in the outlet's own voice, a sentence
   * stating the claim before one only discussing it, then the least
   * loaded wording, then the earliest.
   */
  private static final Comparator<ClaimMention> EVIDENCE_ORDER =
      Comparator.comparing((ClaimMention m) -> m.stance() != Stance.SUPPORTS)
          .thenComparing(m -> m.stance() == Stance.DISCUSSES)
          .thenComparing(m -> m.modality() != Modality.ASSERTED)
          .thenComparingDouble(m -> m.loaded().score())
          .thenComparing(ClaimMention::published)
          .thenComparing(ClaimResolver.MENTION_ORDER);

  /**
   * The best sentence that takes another stance than the evidence: a denial first, then a hedge;
   * one that only discusses the claim counters nothing.
   */
  private static Optional<ClaimMention> counterEvidence(ClaimMention evidence, List<ClaimMention> mentions) {
    return mentions.stream()
        .filter(m -> m.stance() != evidence.stance() && m.stance() != Stance.DISCUSSES)
        .min(Comparator.comparing((ClaimMention m) -> m.stance() != Stance.REFUTES).thenComparing(EVIDENCE_ORDER));
  }

  public ClaimVerdict withConfidence(double value) {
    return new ClaimVerdict(
        claim, verdict, reason, corroboration, value, loadedLanguage, outlets, independentOutlets, supporting, refuting,
        hedged, articles, outletNames, sources, firstSeen, lastSeen, timeline, evidence, counterEvidence, mentions);
  }
}
