package dev.triangulate.scoring.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of a text for the cheap, CoreNLP-free relation features: lower-cased runs of letters and
 * digits, function words dropped, a light suffix strip (plural -s, -ed, -ing) so that "denies" and
 * "denied" meet; and the text cut into sentences at . ! ? followed by a space or a line break.
 */
final class TextTerms {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'’”)]*\\s+|\\n\\s*\\n");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
      "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
      "you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "has", "have", "had", "do", "does", "did",
      "will", "would", "shall", "should", "can", "which", "who", "whom", "what", "when", "where", "there", "here", "so",
      "than", "then", "into", "about", "after", "over", "also", "just", "up", "out", "said", "says", "say", "s");

  private TextTerms() {}

  /** Every word token, lower-cased and stripped, function words included (cue words need them). */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(strip(m.group().replace("'s", "")));
    }
    return out;
  }

  /** The tokens that carry content: what overlap and cosine compare. */
  static List<String> content(List<String> tokens) {
    return tokens.stream().filter(t -> !FUNCTION_WORDS.contains(t) && t.length() > 1).toList();
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String strip(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
