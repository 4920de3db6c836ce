package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kabul, Afghanistan – In a significant push, officials met. | In a significant push, officials met.",
        "NORTHPORT — The ferry sank on Monday. | The ferry sank on Monday.",
        "KABUL (AP) — The Taliban entered the capital. | KABUL (AP) — The Taliban entered the capital.",
        "China – the largest lender – cut its rates. | China – the largest lender – cut its rates.",
        "Officials, residents - and visitors - left. | Officials, residents - and visitors - left."
      })
  void aPlaceLineOpeningTheStoryGoesButAnAgencyCreditStays(String line, String rest) {
    assertEquals(rest, Dateline.strip(line));
  }
}
