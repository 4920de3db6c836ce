package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsTest {

  @ParameterizedTest
  @ValueSource(strings = {"(With inputs from agencies)", "Source: Reuters", "Sources: AP, Reuters", "Courtesy: PTI",
      "SOURCE: Agence France-Presse", "This story was first published by The Conversation."})
  void creditLinesNameWhereTheCopyCameFrom(String line) {
    assertTrue(Credits.isCredit(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Source: Acme set to buy Widget Corp in an attempt to grow",
      "Sources: Missing soldiers may have been found near the border", "The source said the talks failed."})
  void aHeadlineOpeningWithSourceIsNotACredit(String line) {
    assertFalse(Credits.isCredit(line), line);
  }
}
