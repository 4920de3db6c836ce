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
    return extractLeading(extractor, value -> "");
  }

  /**
   * Rewrites every line {@code extractor} recognises to what it leaves of the line, and returns
   * the first value it extracted.
   */
  <T> Optional<T> extractLeading(Function<String, Optional<T>> extractor, Function<T, String> rest) {
    Optional<T> first = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      Optional<T> value = extractor.apply(lines.get(i));
      if (value.isPresent()) {
        lines.set(i, rest.apply(value.get()));
        first = first.or(() -> value);
      }
    }
    return first;
  }

  void removeIf(Predicate<String> rule) {
    takeIf(rule);
  }

  /** Blanks the lines {@code rule} accepts and returns them, in order. */
  List<String> takeIf(Predicate<String> rule) {
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && rule.test(lines.get(i))) {
        taken.add(lines.get(i).strip());
        lines.set(i, "");
      }
    }
    return taken;
  }

  /** The first {@code n} non-empty lines (fewer when the text has fewer). */
  List<String> leading(int n) {
    return nonEmptyIndices().limit(n).mapToObj(lines::get).toList();
  }

  /**
   * Puts every line {@code rule} accepts in a paragraph of its own, so that a heading directly
   * above a paragraph is never read as the start of its first sentence.
   */
  void isolate(Predicate<String> rule) {
    lines.replaceAll(line -> !line.isBlank() && rule.test(line) ? "\n" + line + "\n" : line);
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

  /** Rewrites the first non-empty line. */
  void replaceFirst(java.util.function.UnaryOperator<String> rewrite) {
    firstIndex().ifPresent(i -> lines.set(i, rewrite.apply(lines.get(i))));
  }

  void removeLeading(int n) {
    for (int i = 0; i < n; i++) {
      removeFirst();
    }
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
