package dev.triangulate.scoring.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadedLexiconTest {

  @Test
  void eachMainCategoryHoldsFortyToOneHundredTwentyPhrases() {
    Map<LoadedCategory, Long> sizes = LoadedLexicon.fromClasspath().sizes();
    for (LoadedCategory category :
        List.of(
            LoadedCategory.LABEL, LoadedCategory.HYPERBOLE, LoadedCategory.EMOTIVE,
            LoadedCategory.CLICKBAIT, LoadedCategory.ACCUSATION)) {
      long size = sizes.getOrDefault(category, 0L);
      assertTrue(size >= 40 && size <= 120, category + " has " + size);
    }
  }

  @Test
  void neutralPhraseShadowsTheLoadedWordInside() {
    LoadedLexicon lexicon = LoadedLexicon.parse(List.of("label\tregime", "neutral\ttax regime"));
    List<String> keys = List.of("tax", "regime");
    assertEquals(2, lexicon.longestAt(keys, keys, 0).orElseThrow().length());
    assertTrue(lexicon.longestAt(keys, keys, 0).orElseThrow().category().isEmpty());
  }

  @Test
  void rejectsDuplicatesAndUnknownCategories() {
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label\tx", "emotive\tx")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("rude\tx")));
    assertThrows(IllegalArgumentException.class, () -> LoadedLexicon.parse(List.of("label only")));
  }
}
