package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MastheadTest {

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
    assertEquals(Optional.of(outlet), Masthead.outletName(line));
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
  void otherLinesAreNotMastheads(String line) {
    assertEquals(Optional.empty(), Masthead.outletName(line));
  }
}
