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
        "15/07/2024 | 2024-07-15",
        "07/15/2024 | 2024-07-15",
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
        "date 2021-07-28 A top-level delegation is in China. | 2021-07-28 | A top-level delegation is in China.",
        "Published: 16 August 2021 The talks ended. | 2021-08-16 | The talks ended.",
        "Updated on 15/07/2024 Officials said so. | 2024-07-15 | Officials said so."
      })
  void aLabelledDateOpeningALineIsTakenOffIt(String line, String iso, String rest) {
    assertEquals(Optional.of(new DateLines.Leading(iso, rest)), DateLines.leading(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-07-28 was the day the talks began.",
        "On 28/07/2021 the road closed.",
        "The date 2021-07-28 was set by the ministry.",
        "date 2021-07-28"
      })
  void unlabelledOrMidSentenceDatesStayInTheText(String line) {
    assertEquals(Optional.empty(), DateLines.leading(line));
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
