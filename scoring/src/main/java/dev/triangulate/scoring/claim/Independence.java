package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.article.InvisibleCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which independent source each outlet's mentions of one claim count as. An outlet whose mentions
 * of the claim lean on one upstream source (credit Reuters, or come from a near-copy of another
 * article) counts as that source, even when it also restates the claim in its own voice (a headline
 * over a credited report says what the report says); an outlet crediting no source, or several,
 * counts as itself. Outlets counting as the same source are one
 * source, however many they are: ten outlets running one wire story are one voice. Sources match
 * by name, so an outlet named "Reuters" and mentions crediting Reuters are one source.
 */
public final class Independence {
  private Independence() {}

  public static List<SourcePosition> positions(List<ClaimMention> mentions) {
    Map<String, List<ClaimMention>> byOutlet =
        mentions.stream().collect(Collectors.groupingBy(ClaimMention::outlet, TreeMap::new, Collectors.toList()));
    Map<String, List<ClaimMention>> mentionsBySource = new TreeMap<>();
    Map<String, TreeSet<String>> outletsBySource = new TreeMap<>();
    Map<String, TreeSet<String>> namesBySource = new TreeMap<>();
    byOutlet.forEach(
        (outlet, own) -> {
          String source = sourceOf(outlet, own);
          String key = key(source);
          mentionsBySource.computeIfAbsent(key, k -> new ArrayList<>()).addAll(own);
          outletsBySource.computeIfAbsent(key, k -> new TreeSet<>()).add(outlet);
          namesBySource.computeIfAbsent(key, k -> new TreeSet<>()).add(source);
        });
    List<SourcePosition> positions = new ArrayList<>();
    mentionsBySource.forEach(
        (key, own) -> positions.add(
            SourcePosition.of(namesBySource.get(key).first(), List.copyOf(outletsBySource.get(key)), own)));
    return positions;
  }

  private static String sourceOf(String outlet, List<ClaimMention> own) {
    Set<String> upstreams =
        own.stream().map(m -> m.upstream().source()).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    return upstreams.size() == 1 ? upstreams.iterator().next() : outlet;
  }

  /**
   * "The Guardian", "guardian" and "www.theguardian.com" are one name; so are names that differ
   * only by compatibility forms (NFKC: fullwidth "Ｒｅｕｔｅｒｓ", ligatures) or by invisible
   * characters (direction controls, zero-width ones), so that no feed can pass one outlet off as
   * an independent other. Look-alikes from other scripts (a Cyrillic "е") are not folded.
   */
  static String key(String name) {
    String n = InvisibleCharacters.remove(Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT).strip();
    n = n.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("\\.(com|org|net|co|info|news)(\\.[a-z]{2})?$", "");
    n = n.replaceFirst("^the\\s+", "");
    String letters = n.replaceAll("[^\\p{L}\\p{N}]", "");
    return letters.isEmpty() ? name : letters;
  }
}
