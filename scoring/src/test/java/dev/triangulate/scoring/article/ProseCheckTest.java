package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProseCheckTest {

  static Stream<Path> seeds() throws IOException {
    return Files.list(Path.of("..", "seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedArticleIsEnglishProse(Path seed) throws IOException {
    assertEquals(Optional.empty(), ProseCheck.problem(Files.readString(seed)));
  }

  @Test
  void financialCopyFullOfFiguresIsStillProse() {
    String text = "Revenue rose 12.5% to $4.1bn in Q3 2022, up from $3.6bn (2021), the company said on 14/10/2022.";
    assertEquals(Optional.empty(), ProseCheck.problem(text));
  }

  @Test
  void tableOfNumbersIsNotProse() {
    String table = "year,revenue,cost\n2019,1200,800\n2020,1350,820\n2021,1410,905\n2022,1500,990\n";
    assertEquals(Optional.of("not prose: only 21% of the visible characters are letters"), ProseCheck.problem(table));
  }

  @Test
  void thousandsOfWordsWithoutASentenceBreakAreNotProse() {
    String runOn = "the envoys met in doha and said talks would go on ".repeat(500).strip();
    assertEquals(
        Optional.of("not prose: 5500 words without a sentence break (limit 250)"), ProseCheck.problem(runOn));
  }

  @Test
  void longProseWithSentenceBreaksIsProse() {
    String sentence = "The envoys met in Doha on Monday and said that the talks would go on for a week. ";
    String paragraph = "A heading without a full stop\n\n" + sentence.repeat(30);
    assertEquals(Optional.empty(), ProseCheck.problem(paragraph + "\n\n" + paragraph));
  }

  @Test
  void otherScriptsAreNamed() {
    assertEquals(
        Optional.of("not English: written mostly in Han script"),
        ProseCheck.problem("塔利班周日控制了阿富汗首都喀布尔。中国外交部表示，中方愿同阿富汗发展友好关系。"));
    assertEquals(
        Optional.of("not English: written mostly in Cyrillic script"),
        ProseCheck.problem("Талибы в воскресенье взяли под контроль столицу Афганистана Кабул."));
  }

  @Test
  void latinScriptInAnotherLanguageIsNotEnglish() {
    String german =
        "Die Taliban haben am Sonntag die Kontrolle über die afghanische Hauptstadt Kabul übernommen. "
            + "Der Präsident hat das Land verlassen, wie aus Regierungskreisen verlautete. Die Vereinigten "
            + "Staaten und ihre Verbündeten bemühen sich, ihre Bürger so schnell wie möglich aus dem Land "
            + "zu bringen. China erklärte, es sei bereit, freundschaftliche Beziehungen zu pflegen.";
    assertEquals(Optional.of("not English: only 0 of 51 words are common English words"), ProseCheck.problem(german));
  }

  @Test
  void shortItemsAreNotJudged() {
    assertEquals(Optional.empty(), ProseCheck.problem("Die Taliban übernehmen Kabul"));
    assertEquals(Optional.empty(), ProseCheck.problem("Floods close the coastal road"));
  }
}
