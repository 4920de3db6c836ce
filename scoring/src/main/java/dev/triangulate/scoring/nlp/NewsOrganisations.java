package dev.triangulate.scoring.nlp;

import com.google.common.base.Splitter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a credited name is a news organisation, and its one canonical name, so that "AP", "the
 * Associated Press" and "apnews.com" count as the same upstream source. Names the team's list
 * (news-organisations.tsv) does not know are still taken when they are built like a masthead
 * ("US News", "a report in the Kabul Times").
 */
public final class NewsOrganisations {
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();
  private static final Set<String> MASTHEAD_WORDS =
      Set.of(
          "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "daily", "agency",
          "press", "radio", "tv", "television", "broadcasting", "channel", "network", "magazine", "wire",
          "chronicle", "observer", "express", "mail", "guardian", "monitor", "review", "standard", "mirror",
          "sun", "star", "bulletin", "dispatch", "courier", "examiner", "weekly", "newspaper", "online");
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}.&' -]");

  private final Map<String, String> canonicalByAlias;

  private NewsOrganisations(Map<String, String> canonicalByAlias) {
    this.canonicalByAlias = Map.copyOf(canonicalByAlias);
  }

  public static NewsOrganisations standard() {
    Map<String, String> byAlias = new HashMap<>();
    for (var row : TsvRows.read("news-organisations.tsv")) {
      String canonical = row.get(0);
      byAlias.put(normalise(canonical), canonical);
      for (String alias : BARS.split(row.get(1))) {
        byAlias.put(normalise(alias), canonical);
      }
    }
    return new NewsOrganisations(byAlias);
  }

  /** The organisation a credited name stands for, when it is one. */
  public Optional<String> organisation(String name) {
    String key = normalise(name);
    String known = canonicalByAlias.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    String[] words = key.split(" ");
    boolean mastheadShaped =
        words.length >= 2 && words.length <= 5 && MASTHEAD_WORDS.contains(words[words.length - 1]) && !NOT_NAME.matcher(name).find();
    return mastheadShaped ? Optional.of(name.strip().replaceFirst("^(?i)the\\s+", "")) : Optional.empty();
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("\\s+", " ");
  }
}
