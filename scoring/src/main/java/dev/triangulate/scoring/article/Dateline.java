package dev.triangulate.scoring.article;

import java.util.regex.Pattern;

/**
 * The place line a wire story opens with, "Kabul, Afghanistan – In a significant push ..." or
 * "KABUL — The Taliban ...": where the copy was filed, not part of its first sentence (left in,
 * the parser reads "Kabul" as the sentence's subject). A dateline crediting an agency, "KABUL
 * (AP) —", stays: it names the article's upstream source.
 */
final class Dateline {
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
  private static final Pattern PLACE_PAIR = Pattern.compile("^" + NAME + ", " + NAME + "\\s*[–—-]+\\s+(?=\\p{Lu})");
  private static final Pattern CAPITALS = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’ -]{2,30}\\s+[–—-]+\\s+(?=\\p{Lu})");

  private Dateline() {}

  /** The line without its opening dateline. */
  static String strip(String line) {
    String out = PLACE_PAIR.matcher(line).replaceFirst("");
    return out.length() < line.length() ? out : CAPITALS.matcher(line).replaceFirst("");
  }
}
