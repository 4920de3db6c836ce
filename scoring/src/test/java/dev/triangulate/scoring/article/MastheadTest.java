package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MastheadTest {
  private static final String HEADLINE = "Ferry operator halts night crossings after engine fire";
  private static final String BODY = "The operator said on Monday that crossings would resume in May.";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NEWS LEAK CENTRE | News Leak Centre",
        "THE DAILY MERIDIAN | The Daily Meridian",
        "VOICE OF THE VALLEY | Voice of the Valley",
        "ÉCHO NORD | Écho Nord"
      })
  void upperCaseShortLineIsAMasthead(String line, String outlet) {
    assertEquals(Optional.of(new Masthead.Found(outlet, 1)), Masthead.find(List.of(line, HEADLINE, BODY)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Daily Meridian",
        "MAYOR RESIGNS AFTER LONG BUDGET ROW",
        "BREAKING: MAYOR RESIGNS",
        "2021",
        "塔利班控制喀布尔",
        "WORLD | ASIA"
      })
  void otherLinesAboveAHeadlineAreNotMastheads(String line) {
    assertEquals(Optional.empty(), Masthead.find(List.of(line, HEADLINE, BODY)));
  }

  @Test
  void aCapitalisedNameAboveItsSloganAndTheHeadlineIsAMasthead() {
    assertEquals(
        Optional.of(new Masthead.Found("Harbour Voice", 2)),
        Masthead.find(List.of("Harbour Voice", "Truth Before Speed", HEADLINE, BODY)));
  }

  @Test
  void aSloganUnderACapitalsMastheadGoesWithIt() {
    assertEquals(
        Optional.of(new Masthead.Found("Harbour Voice", 2)),
        Masthead.find(List.of("HARBOUR VOICE", "Truth before speed", HEADLINE, BODY)));
  }

  @Test
  void aShortHeadlineOverItsDeckAndTheStoryIsNoMasthead() {
    assertEquals(
        Optional.empty(),
        Masthead.find(List.of("Taliban Seize Kabul", "Government Collapses As President Flees", "The Taliban entered Kabul on Sunday.", BODY)));
  }
}
