package dev.triangulate.scoring.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles which claim each mention of one frame (subject + predicate) belongs to. A mention that
 * leaves out an optional place ("the Taliban returned to power") joins the claim of that frame
 * with the most mentions ("the Taliban took power in Afghanistan"), unless it acts on another
 * thing ("controlled these groups" is not "controlled vast areas of Afghanistan"); within one
 * sentence only the first mention of a claim is kept.
 */
public final class ClaimResolver {
  private ClaimResolver() {}

  public static List<ClaimMention> resolve(Iterable<ClaimMention> frame) {
    Map<String, Long> objectCounts = new LinkedHashMap<>();
    List<ClaimMention> all = new ArrayList<>();
    for (ClaimMention m : frame) {
      all.add(m);
      if (!m.key().object().isEmpty()) {
        objectCounts.merge(m.key().object(), 1L, Long::sum);
      }
    }
    String dominant =
        objectCounts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
    java.util.Set<String> dominantHeads = new java.util.HashSet<>();
    all.stream().filter(m -> m.key().object().equals(dominant)).forEach(m -> dominantHeads.add(m.key().objectHead()));
    all.sort(MENTION_ORDER);
    Map<String, ClaimMention> kept = new LinkedHashMap<>();
    for (ClaimMention m : all) {
      boolean sameThing = m.key().objectHead().isEmpty() || dominantHeads.contains(m.key().objectHead());
      ClaimMention resolved = m.key().object().isEmpty() && sameThing ? m.withKey(m.key().withObject(dominant)) : m;
      kept.putIfAbsent(resolved.key().key() + "|" + m.articleId() + "|" + m.sentenceIndex(), resolved);
    }
    return List.copyOf(kept.values());
  }

  /** Article, then sentence, then claim: the order mentions are written in. */
  public static final Comparator<ClaimMention> MENTION_ORDER =
      Comparator.comparing(ClaimMention::articleId)
          .thenComparingInt(ClaimMention::sentenceIndex)
          .thenComparing(m -> m.key().key());
}
