package dev.triangulate.scoring.language;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loaded phrases as lemma sequences, each with its category. "neutral" phrases carry no category:
 * they exist so that the longest-match rule lets an ordinary phrase ("tax regime") swallow the
 * loaded word inside it. Immutable once built.
 */
public final class LoadedLexicon implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "loaded-lexicon.tsv";
  private static final String NEUTRAL = "neutral";
  private static final Splitter TAB = Splitter.on('\t').trimResults().limit(2);
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  /** A phrase found in a sentence: how many words it spans and its category (empty for neutral). */
  record PhraseMatch(int length, Optional<LoadedCategory> category) {}

  private final ImmutableMap<String, LoadedCategory> loaded;
  private final ImmutableSet<String> neutral;
  private final int longestPhrase;

  private LoadedLexicon(Map<String, LoadedCategory> loaded, Set<String> neutral) {
    this.loaded = ImmutableMap.copyOf(loaded);
    this.neutral = ImmutableSet.copyOf(neutral);
    this.longestPhrase =
        Stream.concat(loaded.keySet().stream(), neutral.stream())
            .mapToInt(phrase -> SPACES.splitToList(phrase).size())
            .max()
            .orElse(0);
  }

  /** The project's own lexicon, from the classpath next to this class. */
  public static LoadedLexicon fromClasspath() {
    try (InputStream in = LoadedLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses {@code category<TAB>phrase} lines; blank lines and {@code #} comments are skipped. */
  public static LoadedLexicon parse(List<String> lines) {
    Map<String, LoadedCategory> loaded = new HashMap<>();
    Set<String> neutral = new HashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = TAB.splitToList(line);
      if (fields.size() != 2 || fields.get(1).isEmpty()) {
        throw new IllegalArgumentException("line " + (n + 1) + ": expected category<TAB>phrase: " + line);
      }
      String phrase = normalise(fields.get(1));
      boolean fresh =
          fields.get(0).equals(NEUTRAL)
              ? !loaded.containsKey(phrase) && neutral.add(phrase)
              : !neutral.contains(phrase) && loaded.putIfAbsent(phrase, category(fields.get(0), n)) == null;
      if (!fresh) {
        throw new IllegalArgumentException("line " + (n + 1) + ": duplicate phrase '" + phrase + "'");
      }
    }
    return new LoadedLexicon(loaded, neutral);
  }

  private static LoadedCategory category(String label, int lineIndex) {
    return Arrays.stream(LoadedCategory.values())
        .filter(category -> category.label().equals(label))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("line " + (lineIndex + 1) + ": unknown category '" + label + "'"));
  }

  private static String normalise(String phrase) {
    return String.join(" ", SPACES.splitToList(phrase.toLowerCase(Locale.ROOT)));
  }

  /**
   * The longest phrase starting at word {@code start}, trying at each length the lemmas first and
   * then the lower-cased surface forms: the tagger's lemma of a participle depends on its tag
   * ("shocking" as JJ stays, as VBG becomes "shock"), so the list may name either.
   */
  Optional<PhraseMatch> longestAt(List<String> lemmaKeys, List<String> surfaceKeys, int start) {
    for (int length = Math.min(longestPhrase, lemmaKeys.size() - start); length > 0; length--) {
      for (List<String> keys : List.of(lemmaKeys, surfaceKeys)) {
        String phrase = String.join(" ", keys.subList(start, start + length));
        if (neutral.contains(phrase)) {
          return Optional.of(new PhraseMatch(length, Optional.empty()));
        }
        LoadedCategory category = loaded.get(phrase);
        if (category != null) {
          return Optional.of(new PhraseMatch(length, Optional.of(category)));
        }
      }
    }
    return Optional.empty();
  }

  /** How many loaded phrases each category holds; neutral shadows are not counted. */
  public Map<LoadedCategory, Long> sizes() {
    return loaded.values().stream()
        .collect(
            Collectors.groupingBy(
                category -> category, () -> new EnumMap<>(LoadedCategory.class), Collectors.counting()));
  }
}
