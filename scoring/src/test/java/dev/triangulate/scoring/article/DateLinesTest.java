package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-07-28 | 2021-07-28",
        "date 2021-07-28 | 2021-07-28",
        "Date: 2021-7-8 | 2021-07-08",
        "Published: 16 August 2021 | 2021-08-16",
        "Updated 1st Sept 2021 | 2021-09-01",
        "28/07/2021 | 2021-07-28",
        "05/04/2021 | 2021-04-05",
        "July 28, 2021 | 2021-07-28",
        "Posted on Jul. 28 2021 | 2021-07-28",
        "posted on: AUGUST 16TH, 2021 | 2021-08-16"
      })
  void dateOnlyLinesGiveIsoDates(String line, String iso) {
    assertEquals(Optional.of(iso), DateLines.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The plan was announced on July 28, 2021 by the minister.",
        "On 28/07/2021 the road closed",
        "31/02/2021",
        "Smarch 3, 2021",
        "2021-13-01",
        "Date TBC"
      })
  void sentencesAndImpossibleDatesAreNotDateLines(String line) {
    assertEquals(Optional.empty(), DateLines.parse(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-08-01T09:30:00Z | 2021-08-01",
        "2021-08-01 09:30 | 2021-08-01",
        "16 August 2021 | 2021-08-16"
      })
  void metadataDatesAndTimestampsGiveIsoDates(String value, String iso) {
    assertEquals(Optional.of(iso), DateLines.fromMetadata(value));
  }
}
