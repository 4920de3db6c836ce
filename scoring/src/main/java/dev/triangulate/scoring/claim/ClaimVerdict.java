package dev.triangulate.scoring.claim;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One row of verdicts.csv: a claim, its verdict and scores, and its mentions (the rows of mentions.csv). */
public record ClaimVerdict(
    Claim claim,
    Verdict verdict,
    double corroboration,
    double loadedLanguage,
    int outlets,
    int independentOutlets,
    int supporting,
    int refuting,
    int hedged,
    List<String> articles,
    List<String> outletNames,
    String firstSeen,
    String lastSeen,
    String timeline,
    String evidence,
    List<ClaimMention> mentions)
    implements Serializable {

  /** Scores one claim from all its mentions (any order: the result does not depend on it). */
  public static ClaimVerdict of(Claim claim, List<ClaimMention> mentions) {
    Map<String, List<ClaimMention>> byOutlet =
        mentions.stream().collect(Collectors.groupingBy(ClaimMention::outlet, TreeMap::new, Collectors.toList()));
    List<OutletPosition> positions =
        byOutlet.entrySet().stream().map(e -> OutletPosition.of(e.getKey(), e.getValue())).toList();
    List<String> dates =
        mentions.stream().map(ClaimMention::published).filter(d -> !d.isEmpty()).sorted().toList();
    return new ClaimVerdict(
        claim,
        VerdictRules.verdict(positions),
        VerdictRules.corroboration(positions),
        mentions.stream().mapToDouble(m -> m.loaded().score()).average().orElse(0.0),
        byOutlet.size(),
        positions.size(),
        (int) VerdictRules.count(positions, Stance.SUPPORTS),
        (int) VerdictRules.count(positions, Stance.REFUTES),
        (int) VerdictRules.count(positions, Stance.HEDGES),
        mentions.stream().map(ClaimMention::articleId).distinct().sorted().toList(),
        List.copyOf(byOutlet.keySet()),
        dates.isEmpty() ? "" : dates.get(0),
        dates.isEmpty() ? "" : dates.get(dates.size() - 1),
        Timeline.of(mentions),
        mentions.stream().min(EVIDENCE_ORDER).map(ClaimMention::sentence).orElse(""),
        mentions.stream().sorted(ClaimResolver.MENTION_ORDER).toList());
  }

  /**
   * The sentence a reviewer should read first: support in the outlet's own voice, then the least
   * loaded wording, then the earliest.
   */
  private static final Comparator<ClaimMention> EVIDENCE_ORDER =
      Comparator.comparing((ClaimMention m) -> m.stance() != Stance.SUPPORTS)
          .thenComparing(m -> m.modality() != Modality.ASSERTED)
          .thenComparingDouble(m -> m.loaded().score())
          .thenComparing(ClaimMention::published)
          .thenComparing(ClaimResolver.MENTION_ORDER);
}
