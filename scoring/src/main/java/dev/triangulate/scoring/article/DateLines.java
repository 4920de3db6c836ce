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
 * Recognises lines that are nothing but a publication date, optionally labelled ("Published:
 * 16 August 2021"). Dates inside sentences are deliberately ignored: "on 3 May 2020 the mayor
 * said" is content, not metadata. Numeric dates are read day-first (dd/MM/yyyy).
 */
final class DateLines {

  private static final String LABEL = "(?:(?:date|published|updated|posted)(?:\\s+on)?\\s*:?\\s*)?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** A line shape and which groups hold year, month (number or English name) and day. */
  private record Shape(Pattern pattern, int year, int month, int day) {
    Shape(String regex, int year, int month, int day) {
      this(Pattern.compile(LABEL + regex, Pattern.CASE_INSENSITIVE), year, month, day);
    }
  }

  private static final List<Shape> SHAPES =
      List.of(
          new Shape("(\\d{4})-(\\d{1,2})-(\\d{1,2})", 1, 2, 3),
          new Shape("(\\d{1,2})/(\\d{1,2})/(\\d{4})", 3, 2, 1),
          new Shape("(\\d{1,2})" + ORDINAL + "\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})", 3, 2, 1),
          new Shape("(\\p{L}+)\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})", 3, 1, 2));

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
        return toIso(m.group(shape.year()), m.group(shape.month()), m.group(shape.day()));
      }
    }
    return Optional.empty();
  }

  /** A manifest date in any accepted shape, or an ISO timestamp, as an ISO date. */
  static Optional<String> fromMetadata(String value) {
    Matcher timestamp = ISO_TIMESTAMP.matcher(value.strip());
    return parse(timestamp.matches() ? timestamp.group(1) : value);
  }

  private static Optional<String> toIso(String year, String month, String day) {
    Integer monthNumber =
        month.chars().allMatch(Character::isDigit)
            ? Integer.valueOf(month)
            : MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (monthNumber == null) {
      return Optional.empty();
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
