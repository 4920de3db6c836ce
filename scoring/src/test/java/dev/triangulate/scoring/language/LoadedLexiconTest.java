package dev.triangulate.scoring.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadedLexiconTest {

  @Test
  void eachMainCategoryHoldsAtLeastFortyPhrases() {
    Map<LoadedCategory, Long> sizes = LoadedLexicon.fromClasspath().sizes();
    for (LoadedCategory category :
        List.of(
            LoadedCategory.LABEL, LoadedCategory.HYPERBOLE, LoadedCategory.EMOTIVE,
            LoadedCategory.CLICKBAIT, LoadedCategory.ACCUSATION)) {
      long size = sizes.getOrDefault(category, 0L);
      assertTrue(size >= 40, category + " has " + size);
    }
  }

  @Test
  void neutralPhraseShadowsTheLoadedWordInside() {
    LoadedLexicon lexicon = LoadedLexicon.parse(List.of("label\tregime", "neutral\ttax regime"));
    SentenceTokens tokens = tokens("tax regime");
    assertEquals(2, lexicon.longestAt(tokens, 0).orElseThrow().length());
    assertTrue(lexicon.longestAt(tokens, 0).orElseThrow().category().isEmpty());
  }

  @Test
  void tagColumnRestrictsThePartOfSpeechOfTheLastWord() {
    LoadedLexicon lexicon = LoadedLexicon.parse(List.of("accusation\tlie\tNN"));
    SentenceTokens noun = new SentenceTokens("a lie", TestWords.tagged("a lie", "DT NN"));
    SentenceTokens verb = new SentenceTokens("they lie", TestWords.tagged("they lie", "PRP VBP"));
    assertEquals(Optional.of(LoadedCategory.ACCUSATION), lexicon.longestAt(noun, 1).orElseThrow().category());
    assertTrue(lexicon.longestAt(verb, 1).isEmpty());
  }

  @Test
  void intensifiersAreKnownButNotCountedAsLoadedPhrases() {
    LoadedLexicon lexicon = LoadedLexicon.parse(List.of("intensifier\tutterly"));
    assertTrue(lexicon.isIntensifier(tokens("utterly"), 0));
    assertTrue(lexicon.longestAt(tokens("utterly"), 0).isEmpty());
    assertTrue(lexicon.sizes().isEmpty());
  }

  @Test
  void hyphenatedPhraseMatchesWholeOrSplitAsCoreNlpSplitsIt() {
    LoadedLexicon lexicon = LoadedLexicon.parse(List.of("accusation\tcover-up", "neutral\tregime-change", "label\tregime"));
    List<Word> split = List.of(
        new Word("the", "the", "DT", 0, 3), new Word("cover", "cover", "NN", 4, 9),
        new Word("-", "-", "HYPH", 9, 10), new Word("up", "up", "NN", 10, 12));
    LoadedLexicon.PhraseMatch match = lexicon.longestAt(new SentenceTokens("the cover-up", split), 1).orElseThrow();
    assertEquals(3, match.length());
    assertEquals(Optional.of(LoadedCategory.ACCUSATION), match.category());
    assertEquals(1, lexicon.longestAt(tokens("the cover-up"), 1).orElseThrow().length());
    List<Word> neutral = List.of(
        new Word("regime", "regime", "NN", 0, 6), new Word("-", "-", "HYPH", 6, 7), new Word("change", "change", "NN", 7, 13));
    assertTrue(lexicon.longestAt(new SentenceTokens("regime-change", neutral), 0).orElseThrow().category().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label\tx-y", "label\tx - y")));
  }

  private static SentenceTokens tokens(String text) {
    return new SentenceTokens(text, TestWords.words(text));
  }

  @Test
  void rejectsDuplicatesAndUnknownCategories() {
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label\tx", "emotive\tx")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("rude\tx")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label only")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label\tx", "intensifier\tx")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("intensifier\tvery much")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("neutral\tx\tNN")));
  }
}
