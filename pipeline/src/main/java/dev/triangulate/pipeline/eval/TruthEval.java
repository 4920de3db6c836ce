package dev.triangulate.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watchlist verdicts against Emergent's claim_truth (CORROBORATED predicts true, REFUTED false,
 * any other verdict unknown), next to the majority class; and whether outlets that backed claims
 * later judged false got lower reliability: Spearman's rho between an outlet's reliability and the
 * share of false claims among the true-or-false claims its headlines back ("for"), over outlets
 * backing at least {@link #MIN_BACKED} of them. The pipeline never sees claim_truth.
 */
final class TruthEval {
  static final int MIN_BACKED = 3;

  record Result(
      int claims, int right, String majorityLabel, int majorityRight, Map<String, Map<String, Integer>> confusion,
      Map<String, Double> meanConfidence, int outlets, double spearman, double reliabilityOfOftenWrong,
      double reliabilityOfOthers) {

    double accuracy() {
      return claims == 0 ? 0 : (double) right / claims;
    }

    double majorityAccuracy() {
      return claims == 0 ? 0 : (double) majorityRight / claims;
    }

    double macroF1() {
      return Scores.macroF1(confusion);
    }
  }

  private TruthEval() {}

  static String predicted(String verdict) {
    return switch (verdict) {
      case "CORROBORATED" -> "true";
      case "REFUTED" -> "false";
      default -> "unknown";
    };
  }

  static Result score(List<Headline> headlines, PipelineRun.Outputs outputs) {
    Map<String, String> truth = new TreeMap<>();
    headlines.forEach(h -> truth.put(h.claimId(), h.truth()));
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, Integer> goldCounts = new TreeMap<>();
    Map<String, List<Double>> confidences = new TreeMap<>();
    int right = 0;
    for (Map.Entry<String, String> claim : truth.entrySet()) {
      String gold = claim.getValue();
      String predicted = predicted(outputs.verdicts().getOrDefault(claim.getKey(), "NO_COVERAGE"));
      right += predicted.equals(gold) ? 1 : 0;
      goldCounts.merge(gold, 1, Integer::sum);
      confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
      confidences.computeIfAbsent(gold, k -> new ArrayList<>()).add(outputs.confidence().getOrDefault(claim.getKey(), 0.5));
    }
    Map<String, Double> meanConfidence = new TreeMap<>();
    confidences.forEach((gold, values) -> meanConfidence.put(gold, values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    Map.Entry<String, Integer> majority = goldCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("-", 0));

    List<double[]> outlets = falseShareAndReliability(headlines, outputs.reliability());
    double[] falseShare = outlets.stream().mapToDouble(o -> o[0]).toArray();
    double[] reliability = outlets.stream().mapToDouble(o -> o[1]).toArray();
    return new Result(
        truth.size(), right, majority.getKey(), majority.getValue(), confusion, meanConfidence, outlets.size(),
        outlets.size() < 2 ? Double.NaN : Ranks.spearman(reliability, falseShare),
        outlets.stream().filter(o -> o[0] >= 0.5).mapToDouble(o -> o[1]).average().orElse(Double.NaN),
        outlets.stream().filter(o -> o[0] < 0.5).mapToDouble(o -> o[1]).average().orElse(Double.NaN));
  }

  /** Per outlet backing at least MIN_BACKED true-or-false claims: {share of them false, reliability}. */
  private static List<double[]> falseShareAndReliability(List<Headline> headlines, Map<String, Double> reliability) {
    Map<String, Map<String, String>> backedByOutlet = new TreeMap<>();
    for (Headline h : headlines) {
      if (h.stance().equals("for") && !h.truth().equals("unknown")) {
        backedByOutlet.computeIfAbsent(h.outlet(), k -> new TreeMap<>()).put(h.claimId(), h.truth());
      }
    }
    List<double[]> rows = new ArrayList<>();
    backedByOutlet.forEach(
        (outlet, backed) -> {
          if (backed.size() >= MIN_BACKED && reliability.containsKey(outlet)) {
            double wrong = backed.values().stream().filter("false"::equals).count();
            rows.add(new double[] {wrong / backed.size(), reliability.get(outlet)});
          }
        });
    return rows;
  }
}
