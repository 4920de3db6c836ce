package dev.triangulate.scoring.language;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Shouting: a run of ALL-CAPS words. One capitalised word of six letters or more ("SHOCKING"), or
 * two or more in a row ("TOTALLY WRONG"), counts; a lone short word is almost always an acronym
 * (ETIM, NATO, US), and longer acronyms are listed. A capitalised run that opens the sentence and
 * is followed by a bracket, comma or dash is a wire dateline ("WASHINGTON (Reuters) -"), not
 * shouting.
 */
final class AllCapsRuns {

  private static final int MIN_LETTERS_ALONE = 6;
  private static final int MIN_RUN = 2;
  private static final String DATELINE_FOLLOWERS = "(,-—–";
  private static final ImmutableSet<String> ACRONYMS =
      ImmutableSet.of(
          "US", "USA", "UK", "UN", "EU", "NATO", "USSR", "UAE", "IMF", "WHO", "WTO", "OPEC", "ASEAN",
          "BRICS", "OECD", "OSCE", "IAEA", "UNESCO", "UNICEF", "UNHCR", "UNRWA", "UNSC", "ICC", "ICJ",
          "FIFA", "UEFA", "NASA", "NASDAQ", "NYSE", "FTSE", "CENTCOM", "NORAD", "AUKUS", "SWIFT",
          "FBI", "CIA", "NSA", "KGB", "FSB", "GRU", "IRGC", "PLA", "CCP", "CPC", "ETIM", "ISIS",
          "ISIL", "PKK", "YPG", "SDF", "HTS", "BJP", "ANC", "BBC", "CNN", "AFP", "AP", "CEO", "GDP",
          "HIV", "AIDS", "COVID", "SARS", "MERS", "NGO", "LGBT", "LGBTQ", "AI", "TV", "DNA", "ID");

  private AllCapsRuns() {}

  static List<LoadedTerm> find(SentenceTokens tokens) {
    List<LoadedTerm> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && isShouted(tokens.surface(end))) {
        end++;
      }
      if (end > i && counts(tokens, i, end)) {
        String text = tokens.span(i, end);
        hits.add(new LoadedTerm(text, LoadedCategory.ALL_CAPS, false, tokens.word(i).begin()));
      }
      i = Math.max(end, i + 1);
    }
    return hits;
  }

  private static boolean counts(SentenceTokens tokens, int from, int to) {
    boolean loud = to - from >= MIN_RUN || letters(tokens.surface(from)).length() >= MIN_LETTERS_ALONE;
    return loud && !isDateline(tokens, from, to);
  }

  private static boolean isDateline(SentenceTokens tokens, int from, int to) {
    if (from != 0 || to >= tokens.size()) {
      return false;
    }
    String next = tokens.surface(to);
    return !next.isEmpty() && DATELINE_FOLLOWERS.indexOf(next.charAt(0)) >= 0;
  }

  /** Two or more letters, all upper case, and not a known acronym (checked without dots or digits). */
  private static boolean isShouted(String surface) {
    String letters = letters(surface);
    return letters.length() >= 2
        && letters.chars().allMatch(Character::isUpperCase)
        && !ACRONYMS.contains(letters);
  }

  private static String letters(String surface) {
    StringBuilder letters = new StringBuilder();
    surface.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
    return letters.toString();
  }
}
