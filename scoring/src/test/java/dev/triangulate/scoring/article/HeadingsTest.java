package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USING THE PORT AUTHORITY",
        "THE CITY WAS THE FIRST TO BAN CARS",
        "Talks in Tianjin",
        "A Deal With the Unions After Months of Strikes"
      })
  void shortCapitalsOrTitleCaseLinesWithoutAFullStopAreHeadings(String line) {
    assertTrue(Headings.isHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The mayor said on Monday that the",
        "THE MAYOR RESIGNED.",
        "Ferry",
        "COMMENTS",
        "The council approved the plan, officials said",
        "NATO",
        "He said: \"We Will Not Back Down\""
      })
  void proseFragmentsAndSingleWordsAreNotHeadings(String line) {
    assertFalse(Headings.isHeading(line), line);
  }
}
