package dev.triangulate.scoring.language;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's words with the keys every detector needs, computed once. Surface forms are cut
 * from the sentence text by offset rather than taken from {@link Word#text()}, because CoreNLP
 * rewrites brackets and quotes ("-LRB-", "``") and those rewrites look like ALL-CAPS words.
 */
final class SentenceTokens {

  private final String text;
  private final List<Word> words;
  private final ImmutableList<String> surfaces;
  private final ImmutableList<String> lemmaKeys;
  private final ImmutableList<String> surfaceKeys;

  SentenceTokens(String text, List<Word> words) {
    this.text = text;
    this.words = List.copyOf(words);
    ImmutableList.Builder<String> surface = ImmutableList.builder();
    ImmutableList.Builder<String> lemma = ImmutableList.builder();
    ImmutableList.Builder<String> lowered = ImmutableList.builder();
    for (Word word : this.words) {
      String written = surfaceOf(word);
      surface.add(written);
      lowered.add(written.toLowerCase(Locale.ROOT));
      String base = word.lemma() == null || word.lemma().isBlank() ? written : word.lemma();
      lemma.add(base.toLowerCase(Locale.ROOT));
    }
    this.surfaces = surface.build();
    this.lemmaKeys = lemma.build();
    this.surfaceKeys = lowered.build();
  }

  private String surfaceOf(Word word) {
    boolean offsetsFit = word.begin() >= 0 && word.end() <= text.length() && word.begin() < word.end();
    return offsetsFit ? text.substring(word.begin(), word.end()) : word.text();
  }

  String text() {
    return text;
  }

  int size() {
    return words.size();
  }

  Word word(int i) {
    return words.get(i);
  }

  String surface(int i) {
    return surfaces.get(i);
  }

  List<String> lemmaKeys() {
    return lemmaKeys;
  }

  List<String> surfaceKeys() {
    return surfaceKeys;
  }

  /** Words carry a letter or digit; everything else is punctuation and bounds clauses. */
  boolean isWord(int i) {
    return surfaces.get(i).codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The text as written from the start of word {@code from} to the end of word {@code to - 1}. */
  String span(int from, int to) {
    int begin = words.get(from).begin();
    int end = words.get(to - 1).end();
    boolean offsetsFit = begin >= 0 && end <= text.length() && begin < end;
    return offsetsFit ? text.substring(begin, end) : String.join(" ", surfaces.subList(from, to));
  }

  /**
   * Index of the first part of the hyphenated compound whose last part is word {@code i}, or
   * {@code i} when it ends none: CoreNLP cuts "so-called" into so / - / called, and the parts only
   * read as one word together.
   */
  int compoundStart(int i) {
    int start = i;
    while (start >= 2 && surfaces.get(start - 1).equals("-") && touching(start - 2) && touching(start - 1)) {
      start -= 2;
    }
    return start;
  }

  /** Whether word {@code i} ends where word {@code i + 1} begins. */
  private boolean touching(int i) {
    return words.get(i).end() == words.get(i + 1).begin();
  }

  /** Index of the last token (word or punctuation) ending at or before {@code offset}, or -1. */
  int lastTokenEndingBy(int offset) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (words.get(i).end() <= offset) {
        return i;
      }
    }
    return -1;
  }
}
