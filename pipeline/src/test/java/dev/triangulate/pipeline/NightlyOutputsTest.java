package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.pipeline.io.CsvTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nightly runs into one output directory: the first on part of testdata/report/spreadsheet.jsonl,
 * the second on all of it with {@code --previous} naming that same directory and {@code --excelBom}.
 * The articles' ids, outlets and titles start with formula characters and their sentences hold
 * quotes, commas, a newline and a script element.
 */
class NightlyOutputsTest {
  private static final Path ARTICLES = Path.of("..", "testdata", "report", "spreadsheet.jsonl");

  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void runTwice() throws IOException {
    // Last night: the two articles that back "China recognizes Taliban", nothing against it yet.
    Path lastNight = tmp.resolve("last-night.jsonl");
    Files.write(lastNight, Files.readAllLines(ARTICLES).subList(0, 2));
    out = tmp.resolve("out");
    assertEquals(0, OutputTables.run(out, lastNight.toString()));
    assertEquals(0, Main.run(new String[] {
        "--input=" + ARTICLES, "--output=" + out, "--previous=" + out, "--excelBom=true"}));
  }

  private static List<CSVRecord> table(String name) throws IOException {
    return CsvTables.read(out.resolve(name), List.of());
  }

  @Test
  void changesListTheNewClaimTheChangedVerdictAndTheNewlyContradictingOutlet() throws IOException {
    Map<String, String> triples = table("verdicts.csv").stream()
        .collect(Collectors.toMap(r -> r.get("claim_id"), r -> r.get("subject") + "|" + r.get("predicate") + "|" + r.get("object")));
    Set<String> changes = table("changes.csv").stream()
        .map(r -> String.join("|", r.get("change"), triples.get(r.get("claim_id")), r.get("before"), r.get("after"), r.get("outlets")))
        .collect(Collectors.toSet());
    // Only a cell's first character can start a formula, so only that one is neutralised.
    assertEquals(
        Set.of(
            "NEW_CLAIM|Taliban|take_power|Afghanistan||SINGLE_SOURCE|'@At Wire",
            "VERDICT_CHANGED|China|recognize|Taliban|CORROBORATED|CONTESTED|'+Plus News;-Minus Daily;=HYPERLINK(\"http://evil.example\",\"click\")",
            "NEWLY_CONTRADICTED_BY|China|recognize|Taliban|CORROBORATED|CONTESTED|'-Minus Daily"),
        changes);
  }

  @Test
  void everyOutputCsvStartsWithABomAndReadsBackWithNoCellAFormula() throws IOException {
    List<Path> csvs;
    try (Stream<Path> files = Files.list(out)) {
      csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertEquals(6, csvs.size(), csvs::toString); // the five tables and changes.csv
    for (Path csv : csvs) {
      assertEquals((byte) 0xEF, Files.readAllBytes(csv)[0], csv::toString);
      for (CSVRecord row : CsvTables.read(csv, List.of())) {
        assertTrue(row.isConsistent(), () -> csv + ": " + row);
        for (String cell : row) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> csv + ": " + cell);
        }
      }
    }
  }

  @Test
  void idsOutletsTitlesAndSentencesRoundTrip() throws IOException {
    assertEquals(
        Set.of("'=1+1", "'+cmd", "'-cmd", "'@cmd"),
        table("articles.csv").stream().map(r -> r.get("article_id")).collect(Collectors.toSet()));
    assertTrue(table("articles.csv").stream().anyMatch(r -> r.get("title").equals("'=SUM(A1:A9) China recognises the Taliban")));
    List<String> sentences = table("mentions.csv").stream().map(r -> r.get("sentence")).toList();
    assertTrue(sentences.contains(
        "China, a foreign ministry spokesman said, has \"formally\" recognised the Taliban\nas the government of Afghanistan."),
        sentences::toString);
    assertTrue(sentences.contains("China has not recognised the Taliban, a spokeswoman said, and the \"so-called\" recognition is a hoax."));
  }

  @Test
  void theReportShowsArticleMarkupAsText() throws IOException {
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; The United States withdrew"));
    assertFalse(page.contains("<script>alert"));
    assertFalse(page.contains("javascript:"));
    // The report is not a spreadsheet: it shows the outlet's name as given, escaped.
    assertTrue(page.contains("<h3>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)"));
  }

  @Test
  void aPreviousDirectoryWithoutOutputsStopsTheRunBeforeItStarts() {
    Path elsewhere = tmp.resolve("elsewhere");
    assertEquals(2, Main.run(new String[] {"--input=" + ARTICLES, "--output=" + elsewhere, "--previous=" + tmp.resolve("nothing")}));
    assertFalse(Files.exists(elsewhere));
  }
}
