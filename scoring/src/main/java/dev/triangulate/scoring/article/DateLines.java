package dev.triangulate.scoring.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a publication date on a line of its own, optionally labelled ("Published: 16 August
 * 2021", "15/07/2024"), or labelled at the start of a line that goes on with the text ("date
 * 2021-07-28 A top-level delegation ..."). Dates inside sentences are deliberately ignored: "on 3
 * May 2020 the mayor said" is content, not metadata. Numeric dates nn/nn/yyyy are read day-first
 * when the first number is over 12 or neither is (most of the world writes them so), month-first
 * when only the second number is over 12 (07/15/2024).
 */
final class DateLines {

  private static final String LABEL_WORDS = "(?:date|dated|published|updated|posted)(?:\\s+on)?\\s*:?\\s*";
  private static final String LABEL = "(?:" + LABEL_WORDS + ")?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /**
   * A date shape and which groups hold year, month (number or English name) and day; {@code
   * leading} matches it labelled at the start of a longer line, the rest of the line in the last group.
   */
  private record Shape(Pattern pattern, Pattern leading, int year, int month, int day, boolean numericDayFirst) {
    Shape(String regex, int year, int month, int day, boolean numericDayFirst) {
      this(
          Pattern.compile(LABEL + regex, Pattern.CASE_INSENSITIVE),
          Pattern.compile(LABEL_WORDS + regex + "\\s+(\\S.*)", Pattern.CASE_INSENSITIVE),
          year, month, day, numericDayFirst);
    }
  }

  /** A date found at the start of a line, and what the line says after it. */
  record Leading(String date, String rest) {}

  private static final List<Shape> SHAPES =
      List.of(
          new Shape("(\\d{4})-(\\d{1,2})-(\\d{1,2})", 1, 2, 3, false),
          new Shape("(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 2, 1, true),
          new Shape("(\\d{1,2})" + ORDINAL + "\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})", 3, 2, 1, false),
          new Shape("(\\p{L}+)\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})", 3, 1, 2, false));

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("jan", 1),
          Map.entry("february", 2), Map.entry("feb", 2),
          Map.entry("march", 3), Map.entry("mar", 3),
          Map.entry("april", 4), Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6), Map.entry("jun", 6),
          Map.entry("july", 7), Map.entry("jul", 7),
          Map.entry("august", 8), Map.entry("aug", 8),
          Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
          Map.entry("october", 10), Map.entry("oct", 10),
          Map.entry("november", 11), Map.entry("nov", 11),
          Map.entry("december", 12), Map.entry("dec", 12));

  /** Manifests often carry full timestamps; the article only needs the calendar day. */
  private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

  private DateLines() {}

  /** The ISO date (yyyy-MM-dd) if the whole line is a date, otherwise empty. */
  static Optional<String> parse(String line) {
    String candidate = line.strip();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(candidate);
      if (m.matches()) {
        return toIso(m.group(shape.year()), m.group(shape.month()), m.group(shape.day()), shape.numericDayFirst());
      }
    }
    return Optional.empty();
  }

  /** The date labelled at the start of a line that goes on with text ("date 2021-07-28 A top-level ..."). */
  static Optional<Leading> leading(String line) {
    String candidate = line.strip();
    for (Shape shape : SHAPES) {
      Matcher m = shape.leading().matcher(candidate);
      if (m.matches()) {
        return toIso(m.group(shape.year()), m.group(shape.month()), m.group(shape.day()), shape.numericDayFirst())
            .map(date -> new Leading(date, m.group(m.groupCount())));
      }
    }
    return Optional.empty();
  }

  /** A manifest date in any accepted shape, or an ISO timestamp, as an ISO date. */
  static Optional<String> fromMetadata(String value) {
    Matcher timestamp = ISO_TIMESTAMP.matcher(value.strip());
    return parse(timestamp.matches() ? timestamp.group(1) : value);
  }

  private static Optional<String> toIso(String year, String month, String day, boolean numericDayFirst) {
    Integer monthNumber =
        month.chars().allMatch(Character::isDigit)
            ? Integer.valueOf(month)
            : MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (monthNumber == null) {
      return Optional.empty();
    }
    if (monthNumber > 12 && numericDayFirst && Integer.parseInt(day) <= 12) {
      // 07/15/2024 cannot be day-first: only the month-first reading is a date.
      return toIso(year, day, month, false);
    }
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)).toString());
    } catch (DateTimeException impossibleDate) {
      // 31/02/2021 and friends: not a date, so the line stays in the body.
      return Optional.empty();
    }
  }
}
