package dev.triangulate.scoring.nlp;

import com.google.common.base.Splitter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Alias -> canonical entity, matched on whole lower-cased tokens, longest alias first. The list
 * is the team's own ({@code gazetteer.tsv}); CoreNLP's NER supplies names it does not know.
 */
public final class Gazetteer {
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  private final Map<String, Entity> byAlias;
  private final int longestAlias;

  private Gazetteer(Map<String, Entity> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
    this.longestAlias =
        byAlias.keySet().stream().mapToInt(a -> SPACES.splitToList(a).size()).max().orElse(1);
  }

  public static Gazetteer standard() {
    Map<String, Entity> byAlias = new HashMap<>();
    for (List<String> cols : TsvRows.read("gazetteer.tsv")) {
      Entity entity =
          new Entity(cols.get(0), EntityType.valueOf(cols.get(1)), cols.size() > 3 ? cols.get(3) : "");
      byAlias.putIfAbsent(normalise(cols.get(0)), entity);
      for (String alias : BARS.split(cols.get(2))) {
        byAlias.putIfAbsent(normalise(alias), entity);
      }
    }
    return new Gazetteer(byAlias);
  }

  private static String normalise(String alias) {
    return alias.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** A gazetteer hit spanning {@code length} tokens from the start position. */
  public record Match(Entity entity, int length) {}

  /** The longest alias starting at {@code start}; tokens are compared lower-cased. */
  public Optional<Match> longestMatch(List<String> tokens, int start) {
    int max = Math.min(longestAlias, tokens.size() - start);
    for (int len = max; len >= 1; len--) {
      String candidate = String.join(" ", tokens.subList(start, start + len));
      Entity entity = byAlias.get(normalise(candidate));
      if (entity != null) {
        return Optional.of(new Match(entity, len));
      }
    }
    return Optional.empty();
  }

  public Optional<Entity> lookup(String name) {
    return Optional.ofNullable(byAlias.get(normalise(name)));
  }
}
