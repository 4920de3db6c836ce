package dev.triangulate.scoring.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The normalised text as lines, peeled one rule at a time. Removed lines become blank rather
 * than disappearing, so text on either side of removed furniture stays in separate paragraphs.
 */
final class ArticleLines {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

  private final List<String> lines;

  ArticleLines(String normalizedText) {
    this.lines = new ArrayList<>(normalizedText.lines().toList());
  }

  static int wordCount(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
  }

  /** Blanks every line {@code extractor} recognises and returns the first value it extracted. */
  <T> Optional<T> extractAll(Function<String, Optional<T>> extractor) {
    Optional<T> first = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      Optional<T> value = extractor.apply(lines.get(i));
      if (value.isPresent()) {
        lines.set(i, "");
        first = first.or(() -> value);
      }
    }
    return first;
  }

  void removeIf(Predicate<String> rule) {
    lines.replaceAll(line -> rule.test(line) ? "" : line);
  }

  Optional<String> first() {
    return firstIndex().stream().mapToObj(lines::get).findFirst();
  }

  Optional<String> last() {
    return lastIndex().stream().mapToObj(lines::get).findFirst();
  }

  void removeFirst() {
    firstIndex().ifPresent(i -> lines.set(i, ""));
  }

  void removeLast() {
    lastIndex().ifPresent(i -> lines.set(i, ""));
  }

  /** Whether any text follows the first non-empty line. */
  boolean hasTextAfterFirst() {
    return nonEmptyIndices().count() > 1;
  }

  /** Paragraphs (runs of non-empty lines) separated by exactly one blank line. */
  String body() {
    return BLANK_RUNS.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
  }

  private OptionalInt firstIndex() {
    return nonEmptyIndices().findFirst();
  }

  private OptionalInt lastIndex() {
    return nonEmptyIndices().reduce((a, b) -> b);
  }

  private IntStream nonEmptyIndices() {
    return IntStream.range(0, lines.size()).filter(i -> !lines.get(i).isBlank());
  }
}
