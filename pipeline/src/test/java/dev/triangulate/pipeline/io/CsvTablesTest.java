package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.article.Reject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTablesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
  void formulaLikeCellsAreNeutralised(String cell) {
    assertEquals("'" + cell, CsvTables.spreadsheetSafe(cell));
  }

  @Test
  void ordinaryCellsAndNumbersAreUntouched() {
    assertEquals("China recognizes Taliban", CsvTables.spreadsheetSafe("China recognizes Taliban"));
    assertEquals(3, CsvTables.spreadsheetSafe(3));
    assertEquals("", CsvTables.spreadsheetSafe(""));
  }

  @Test
  void quotesCommasAndNewlinesRoundTrip() throws IOException {
    String reason = "said \"no\", then\nleft";
    CsvTables.rejects(new CsvOutput(dir, false), List.of(new Reject("b.txt", reason), new Reject("a.txt", "=cmd")));
    try (Reader in = Files.newBufferedReader(dir.resolve("rejects.csv"))) {
      List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
      assertEquals(2, rows.size());
      assertEquals("a.txt", rows.get(0).get("source"));
      assertEquals("'=cmd", rows.get(0).get("reason"));
      assertEquals(reason, rows.get(1).get("reason"));
    }
  }

  /** Each dangerous first character, written and read back the way a spreadsheet user gets it. */
  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
  void everyDangerousFirstCharacterIsNeutralisedInTheFile(String first) throws IOException {
    String cell = first + "HYPERLINK(\"http://evil.example\", \"a, b\")";
    CsvTables.rejects(new CsvOutput(dir, false), List.of(new Reject(cell, cell)));
    CSVRecord row = CsvTables.read(dir.resolve("rejects.csv"), List.of("source", "reason")).get(0);
    assertEquals("'" + cell, row.get("source"));
    assertEquals("'" + cell, row.get("reason"));
  }

  @Test
  void excelBomStartsTheFileAndIsNotPartOfTheFirstColumnName() throws IOException {
    CsvTables.rejects(new CsvOutput(dir, true), List.of(new Reject("a.txt", "empty file")));
    assertEquals("\uFEFFsource,reason\r\na.txt,empty file\r\n", Files.readString(dir.resolve("rejects.csv")));
    assertEquals("a.txt", CsvTables.read(dir.resolve("rejects.csv"), List.of("source")).get(0).get("source"));
  }

  @Test
  void emptyTableStillHasItsHeader() throws IOException {
    CsvTables.rejects(new CsvOutput(dir, false), List.of());
    assertEquals("source,reason\r\n", Files.readString(dir.resolve("rejects.csv")));
  }

  @Test
  void invisibleCharactersAreWrittenOutBeforeTheFormulaCheck() throws IOException {
    CsvTables.rejects(new CsvOutput(dir, false), List.of(new Reject("x\u202Egnp.exe", "\uFEFF=cmd")));
    CSVRecord row = CsvTables.read(dir.resolve("rejects.csv"), List.of("source", "reason")).get(0);
    assertEquals("x<U+202E>gnp.exe", row.get("source"));
    assertEquals("<U+FEFF>=cmd", row.get("reason"));
  }
}
