package dev.triangulate.scoring.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into {@link Word}s roughly as CoreNLP would: hyphenated words stay whole,
 * "n't" splits off, punctuation is one token per character. The lemma is the lower-cased text
 * unless given, plus CoreNLP's lemmas for contraction pieces; POS tags are left empty unless given.
 */
final class TestWords {

  private static final Pattern TOKEN =
      Pattern.compile("(?i)\\p{L}+(?=n't\\b)|n't\\b|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|\\S");
  private static final Map<String, String> CONTRACTIONS = Map.of("wo", "will", "ca", "can", "n't", "not");

  private TestWords() {}

  static List<Word> words(String sentence) {
    return words(sentence, Map.of());
  }

  /** {@code lemmas} maps a lower-cased surface form to its lemma, e.g. "thugs" -> "thug". */
  static List<Word> words(String sentence, Map<String, String> lemmas) {
    Map<String, String> known = new HashMap<>(CONTRACTIONS);
    known.putAll(lemmas);
    List<Word> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String lower = m.group().toLowerCase(Locale.ROOT);
      words.add(new Word(m.group(), known.getOrDefault(lower, lower), "", m.start(), m.end()));
    }
    return words;
  }

  /** {@code tags} holds one Penn tag per token, space-separated, as the tagger would give them. */
  static List<Word> tagged(String sentence, String tags) {
    List<Word> plain = words(sentence);
    String[] tag = tags.split(" ");
    if (tag.length != plain.size()) {
      throw new IllegalArgumentException(plain.size() + " tokens but " + tag.length + " tags: " + sentence);
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tag.length; i++) {
      Word w = plain.get(i);
      words.add(new Word(w.text(), w.lemma(), tag[i], w.begin(), w.end()));
    }
    return words;
  }
}
