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
 * Loaded phrases as lemma sequences, each with its category and optionally the part of speech its
 * last word must have ("evil" the adjective, not the abstract noun of theology). "neutral" phrases
 * carry no category: they exist so that the longest-match rule lets an ordinary phrase ("tax
 * regime") swallow the loaded word inside it. "intensifier" words ("utterly") score nothing alone;
 * the scorer joins them to what they intensify. Immutable once built.
 */
public final class LoadedLexicon implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "loaded-lexicon.tsv";
  private static final String NEUTRAL = "neutral";
  private static final String INTENSIFIER = "intensifier";
  private static final Splitter TAB = Splitter.on('\t').trimResults();
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  /**
   * A phrase found in a sentence: how many words it spans, its category (empty for neutral) and the
   * listed phrase it matched, which names the term whatever its inflection.
   */
  record PhraseMatch(int length, Optional<LoadedCategory> category, String phrase) {}

  /**
   * A loaded phrase's category and the Penn tag prefix its last word needs ("JJ", "NN", "VB"; empty
   * for any). Words the tagger left untagged pass, so callers without a tagger still match.
   */
  private record Entry(LoadedCategory category, String tagPrefix) implements Serializable {

    boolean fits(String tag) {
      return tagPrefix.isEmpty() || tag == null || tag.isEmpty() || tag.startsWith(tagPrefix);
    }
  }

  private final ImmutableMap<String, Entry> loaded;
  private final ImmutableSet<String> neutral;
  private final ImmutableSet<String> intensifiers;
  private final int longestPhrase;
  /**
   * Every word a phrase (loaded or neutral) starts with. Most words of a sentence start none, and
   * checking that first spares building every candidate phrase up to {@link #longestPhrase} words
   * at every word, which was most of the scorer's time.
   */
  private final ImmutableSet<String> firstWords;

  private LoadedLexicon(Map<String, Entry> loaded, Set<String> neutral, Set<String> intensifiers) {
    this.loaded = ImmutableMap.copyOf(loaded);
    this.neutral = ImmutableSet.copyOf(neutral);
    this.intensifiers = ImmutableSet.copyOf(intensifiers);
    this.longestPhrase =
        Stream.concat(loaded.keySet().stream(), neutral.stream())
            .mapToInt(phrase -> SPACES.splitToList(phrase).size())
            .max()
            .orElse(0);
    this.firstWords =
        Stream.concat(loaded.keySet().stream(), neutral.stream())
            .map(phrase -> SPACES.splitToList(phrase).get(0))
            .collect(ImmutableSet.toImmutableSet());
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

  /**
   * Parses {@code category<TAB>phrase[<TAB>tag prefix]} lines; blank lines and {@code #} comments
   * are skipped. An intensifier is one word and takes no tag. A hyphenated phrase matches whole or
   * split at its hyphens.
   */
  public static LoadedLexicon parse(List<String> lines) {
    Map<String, Entry> loaded = new HashMap<>();
    Set<String> neutral = new HashSet<>();
    Set<String> intensifiers = new HashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = TAB.splitToList(line);
      String label = fields.get(0);
      boolean plain = label.equals(NEUTRAL) || label.equals(INTENSIFIER);
      if (fields.size() < 2 || fields.size() > (plain ? 2 : 3) || fields.get(1).isEmpty()) {
        throw new IllegalArgumentException("line " + (n + 1) + ": expected category<TAB>phrase[<TAB>tag]: " + line);
      }
      String phrase = normalise(fields.get(1));
      if (label.equals(INTENSIFIER) && phrase.contains(" ")) {
        throw new IllegalArgumentException("line " + (n + 1) + ": an intensifier is one word: " + line);
      }
      for (String form : tokenForms(phrase)) {
        boolean known = loaded.containsKey(form) || neutral.contains(form) || intensifiers.contains(form);
        if (known) {
          throw new IllegalArgumentException("line " + (n + 1) + ": duplicate phrase '" + form + "'");
        }
        switch (label) {
          case NEUTRAL -> neutral.add(form);
          case INTENSIFIER -> intensifiers.add(form);
          default -> loaded.put(form, new Entry(category(label, n), fields.size() == 3 ? fields.get(2) : ""));
        }
      }
    }
    return new LoadedLexicon(loaded, neutral, intensifiers);
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
   * The phrase as a tokenizer may cut it: CoreNLP splits a hyphenated compound into its parts and
   * the hyphen ("cover-up" is cover / - / up), a simpler tokenizer keeps it whole, so a listed
   * compound is stored both ways.
   */
  private static List<String> tokenForms(String phrase) {
    String split = normalise(phrase.replace("-", " - "));
    return split.equals(phrase) ? List.of(phrase) : List.of(phrase, split);
  }

  /**
   * The longest phrase starting at word {@code start}, trying at each length the lemmas first and
   * then the lower-cased surface forms: the tagger's lemma of a participle depends on its tag
   * ("shocking" as JJ stays, as VBG becomes "shock"), so the list may name either. A phrase whose
   * last word has the wrong part of speech does not match, and a shorter one may.
   */
  Optional<PhraseMatch> longestAt(SentenceTokens tokens, int start) {
    if (!mayStartPhrase(tokens.lemmaKeys().get(start)) && !mayStartPhrase(tokens.surfaceKeys().get(start))) {
      return Optional.empty();
    }
    for (int length = Math.min(longestPhrase, tokens.size() - start); length > 0; length--) {
      String lastTag = tokens.word(start + length - 1).pos();
      for (List<String> keys : List.of(tokens.lemmaKeys(), tokens.surfaceKeys())) {
        String phrase = String.join(" ", keys.subList(start, start + length));
        if (neutral.contains(phrase)) {
          return Optional.of(new PhraseMatch(length, Optional.empty(), phrase));
        }
        Entry entry = loaded.get(phrase);
        if (entry != null && entry.fits(lastTag)) {
          return Optional.of(new PhraseMatch(length, Optional.of(entry.category()), phrase));
        }
      }
    }
    return Optional.empty();
  }

  /** A token's key may itself hold a space (CoreNLP keeps "1 1/2" whole): phrases are joined from keys. */
  private boolean mayStartPhrase(String key) {
    int space = key.indexOf(' ');
    return firstWords.contains(space < 0 ? key : key.substring(0, space));
  }

  /** Whether word {@code i} is a listed intensifier, by lemma or surface form. */
  boolean isIntensifier(SentenceTokens tokens, int i) {
    return intensifiers.contains(tokens.lemmaKeys().get(i)) || intensifiers.contains(tokens.surfaceKeys().get(i));
  }

  /** How many loaded phrases each category holds; neutral shadows and intensifiers are not counted. */
  public Map<LoadedCategory, Long> sizes() {
    return loaded.values().stream()
        .map(Entry::category)
        .collect(
            Collectors.groupingBy(
                category -> category, () -> new EnumMap<>(LoadedCategory.class), Collectors.counting()));
  }
}
