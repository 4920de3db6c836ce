package dev.triangulate.scoring.nlp;

import com.google.common.base.Splitter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which words of a sentence count for claim matching, and which words say the same thing
 * ({@code terms.tsv}). Stance and hedge words are not content: a denial and an assertion of one
 * claim must share their terms.
 */
public final class TermLexicon {
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();

  private final Set<String> stop = new HashSet<>();
  private final Map<String, String> canonical = new HashMap<>();

  public static TermLexicon standard() {
    TermLexicon lexicon = new TermLexicon();
    for (List<String> cols : TsvRows.read("terms.tsv")) {
      switch (cols.get(0)) {
        case "stop" -> BARS.split(cols.get(1)).forEach(w -> lexicon.stop.add(w.toLowerCase(Locale.ROOT)));
        case "same" -> BARS.split(cols.get(2)).forEach(w -> lexicon.canonical.put(w.toLowerCase(Locale.ROOT), cols.get(1)));
        default -> throw new IllegalArgumentException("terms.tsv: unknown line kind " + cols.get(0));
      }
    }
    return lexicon;
  }

  /** The term a word contributes, if any: lower-cased, synonyms folded, stop words dropped. */
  public Optional<String> term(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (stop.contains(lower) || (lower.length() < 2 && !Character.isDigit(lower.charAt(0)))) {
      return Optional.empty();
    }
    return Optional.of(canonical.getOrDefault(lower, lower));
  }
}
