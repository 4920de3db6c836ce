package dev.triangulate.scoring.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a claim moved over time, for a reviewer: "speculated 2021-07 (000) -> denied 2021-08 (002) ->
 * asserted 2024-07 (004)". One step per month and kind of statement, in date order; undated
 * mentions come last.
 */
public final class Timeline {
  private static final String UNDATED = "undated";
  private static final Comparator<String> MONTHS_THEN_UNDATED =
      Comparator.comparing((String month) -> month.equals(UNDATED)).thenComparing(Comparator.naturalOrder());

  private Timeline() {}

  public static String of(List<ClaimMention> mentions) {
    Map<String, Map<String, TreeSet<String>>> byMonth = new TreeMap<>(MONTHS_THEN_UNDATED);
    for (ClaimMention m : mentions) {
      String month = m.published().length() >= 7 ? m.published().substring(0, 7) : UNDATED;
      byMonth.computeIfAbsent(month, k -> new TreeMap<>()).computeIfAbsent(kind(m), k -> new TreeSet<>()).add(m.articleId());
    }
    List<String> steps = new ArrayList<>();
    byMonth.forEach(
        (month, kinds) ->
            kinds.forEach((kind, articles) -> steps.add(kind + " " + month + " (" + String.join(",", articles) + ")")));
    return String.join(" -> ", steps);
  }

  /** The reviewer's word for what a mention does. */
  static String kind(ClaimMention m) {
    return switch (m.modality()) {
      case NEGATED -> "denied";
      case HEDGED, CONDITIONAL -> "speculated";
      case REPORTED -> m.attribution().anonymous() ? "rumoured" : "reported";
      case ASSERTED -> "asserted";
    };
  }
}
