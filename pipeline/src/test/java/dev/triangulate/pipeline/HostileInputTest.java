package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.scoring.article.InvisibleCharacters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: every hostile input of testdata/hostile, plus the ones too big or too odd to commit
 * (a 20 MB article, a 6 MB JSONL line, a 5,000-word sentence, link loops, a million-character
 * token), goes through the real command line in one run. The run completes, the good articles
 * come out, and every bad input is a reject with its own reason. Issue 20: text that is not what
 * it seems (decoding.jsonl, invisible.jsonl, blob.txt, the million-character token).
 */
class HostileInputTest {
  private static final int MIB = 1024 * 1024;

  @TempDir static Path tmp;
  private static Path input;
  private static String stdout;
  private static Map<String, String> rejects;
  private static Map<String, CSVRecord> articles;
  private static JsonNode run;

  @BeforeAll
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  static void runTwice() throws IOException {
    input = Files.createDirectories(tmp.resolve("hostile"));
    copyTree(Path.of("..", "testdata", "hostile"), input);
    generateLargeAndOddInputs();

    PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, OutputTables.run(tmp.resolve("first"), input.toString()));
    } finally {
      System.setOut(console);
    }
    stdout = captured.toString(StandardCharsets.UTF_8);
    assertEquals(0, OutputTables.run(tmp.resolve("second"), input.toString()));

    rejects =
        OutputTables.read(tmp.resolve("first/rejects.csv")).stream()
            .collect(Collectors.toMap(r -> input.relativize(Path.of(r.get("source"))).toString(), r -> r.get("reason")));
    articles =
        OutputTables.read(tmp.resolve("first/articles.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("article_id"), Function.identity()));
    run = new ObjectMapper().readTree(tmp.resolve("first/run.json").toFile());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void generateLargeAndOddInputs() throws IOException {
    byte[] big = new byte[20 * MIB];
    Arrays.fill(big, (byte) 'a');
    for (int i = 79; i < big.length; i += 80) {
      big[i] = '\n';
    }
    Files.write(input.resolve("big.txt"), big);

    String hugeLine = "{\"id\": \"huge\", \"text\": \"" + "The talks went on. ".repeat(6 * MIB / 19) + "\"}";
    Files.writeString(
        input.resolve("huge-line.jsonl"),
        "{\"id\": \"huge-ok\", \"text\": \"Kazakhstan hosted Taliban officials in Astana on Friday, officials said.\"}\n"
            + hugeLine + "\n");

    String[] words = "the envoys from kabul and beijing met in doha with officials who said talks on trade would go on".split(" ");
    StringBuilder runOn = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      runOn.append(i == 0 ? "" : " ").append(words[(i * 7) % words.length]);
    }
    Files.writeString(input.resolve("runon.txt"), runOn + "\n");

    Files.writeString(
        input.resolve("monster.txt"), "a".repeat(1_000_000) + " Kyrgyzstan hosted Taliban officials in Bishkek on Wednesday, officials said.\n");

    Files.createSymbolicLink(input.resolve("link-a.txt"), Path.of("link-b.txt"));
    Files.createSymbolicLink(input.resolve("link-b.txt"), Path.of("link-a.txt"));
    Files.createSymbolicLink(input.resolve("dangling.txt"), Path.of("nowhere.txt"));
    Files.createSymbolicLink(input.resolve("loop"), Path.of("."));
  }

  private static long hugeLineBytes() throws IOException {
    return Files.readAllLines(input.resolve("huge-line.jsonl")).get(1).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void goodArticlesAreProcessed() {
    assertEquals(
        Set.of("7", "bytes-1", "cp1252", "feed-1", "feed-3", "huge-ok", "markup", "story", "utf16be-bom", "utf16le-bom",
            "surrogate", "bad-escape", "x<U+202E>gnp.exe", "plain-reuters", "wide-reuters", "daily-swen", "monster"),
        articles.keySet());
  }

  /** Subdirectories (archive/, the loop link to ".") are not inputs, so they appear nowhere. */
  @Test
  void everyBadInputIsARejectWithItsOwnReason() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    expected.put("big.txt", "too large for an article: " + 20 * MIB + " bytes (limit " + 5 * MIB + ")");
    expected.put("blank.jsonl", "JSONL file without a single non-blank line");
    expected.put("blob.txt", "no text but tokens longer than 300 characters (1 cut)");
    expected.put("boilerplate-only.txt", "no article text after removing boilerplate");
    expected.put("chinese.txt", "not English: written mostly in Han script");
    expected.put("dangling.txt", "broken symbolic link (" + input.resolve("nowhere.txt") + " does not exist)");
    expected.put("empty.txt", "empty file");
    expected.put("feed-bad-bytes.jsonl:2", "not valid UTF-8 (first bad byte at offset 32 of the line)");
    expected.put("feed.jsonl:2", "malformed JSON: Unexpected end-of-input within/between Object entries");
    expected.put("feed.jsonl:5", "JSON line is an array, expected an object");
    expected.put("feed.jsonl:6", "missing field \"id\"");
    expected.put("feed.jsonl:7", "missing field \"text\"");
    expected.put("feed.jsonl:8", "field \"id\" is an array, expected a string");
    expected.put("feed.jsonl:9", "field \"text\" is a number, expected a string");
    expected.put("feed.jsonl:10", "field \"text\" is null, expected a string");
    expected.put("feed.jsonl:11", "field \"text\" is empty");
    expected.put("german.txt", "not English: only 0 of 57 words are common English words");
    expected.put("huge-line.jsonl:2", "too large for an article: " + hugeLineBytes() + " bytes (limit " + 5 * MIB + ")");
    expected.put("latin1.txt", "not valid UTF-8 (first bad byte at offset 5)");
    expected.put("link-a.txt", "symbolic link loop through " + input.resolve("link-a.txt"));
    expected.put("link-b.txt", "symbolic link loop through " + input.resolve("link-b.txt"));
    expected.put("manifest.csv:3", "manifest names article ghost but there is no ghost.txt in " + input);
    expected.put("manifest.csv:4", "manifest article_id ../../etc/passwd points outside the input directory");
    expected.put("numbers.txt", "not prose: only 0% of the visible characters are letters");
    expected.put("photo.txt", "binary content (png)");
    expected.put("runon.txt", "not prose: 5000 words without a sentence break (limit 250)");
    expected.put("story.txt", "duplicate article id story (also in " + input.resolve("feed.jsonl") + ":4)");
    expected.put("whitespace.txt", "only whitespace");
    assertEquals(expected, new TreeMap<>(rejects));
  }

  @Test
  void runJsonReconcilesWithTheRowsWritten() {
    JsonNode counts = run.path("counts");
    assertEquals(counts.path("inputs").asLong(), counts.path("articles").asLong() + counts.path("rejected").asLong());
    assertEquals(articles.size(), counts.path("articles").asLong());
    assertEquals(rejects.size(), counts.path("rejected").asLong());
    assertEquals(articles.size(), run.path("rows_written").path("articles.csv").asLong());
    assertEquals(rejects.size(), run.path("rows_written").path("rejects.csv").asLong());
    assertTrue(run.path("reconciled").asBoolean());
  }

  @Test
  void theSummarySaysWhatHappened() {
    assertTrue(
        stdout.contains(
            "triangulate: " + (articles.size() + rejects.size()) + " inputs -> " + articles.size() + " articles, "
                + rejects.size() + " rejected (reasons in " + tmp.resolve("first").resolve("rejects.csv") + ")"),
        stdout);
  }

  @Test
  void twoRunsWriteIdenticalBytes() throws IOException {
    for (String table : OutputTables.DETERMINISTIC) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("first").resolve(table)), Files.readAllBytes(tmp.resolve("second").resolve(table)), table);
    }
    JsonNode second = new ObjectMapper().readTree(tmp.resolve("second/run.json").toFile());
    assertEquals(run.path("counts"), second.path("counts"));
  }

  @Test
  void markupInATextFileIsReducedToItsText() throws IOException {
    assertEquals("Russia meets Taliban envoys", articles.get("markup").get("title"));
    List<String> sentences =
        OutputTables.read(tmp.resolve("first/mentions.csv")).stream()
            .filter(m -> m.get("article_id").equals("markup"))
            .map(m -> m.get("sentence"))
            .toList();
    assertFalse(sentences.isEmpty());
    sentences.forEach(s -> assertFalse(s.contains("<") || s.contains("var x"), s));
  }

  @Test
  void theFirstOfTwoArticlesWithOneIdIsKept() {
    // feed.jsonl sorts before story.txt, so its line 4 is the "story" that stays.
    assertEquals("Wire Two", articles.get("story").get("outlet"));
  }

  @Test
  void metadataOfTheWrongTypeIsDroppedButTheArticleKept() {
    assertEquals("Unknown outlet (7)", articles.get("7").get("outlet"));
    assertEquals("", articles.get("7").get("published"));
  }

  @Test
  void encodingsThatCanBeDecodedAreRead() {
    assertEquals("Utf Sixteen", articles.get("utf16le-bom").get("title"));
    assertEquals("2", articles.get("cp1252").get("sentences"));
  }

  private static List<CSVRecord> mentionsOf(String articleId) throws IOException {
    return OutputTables.read(tmp.resolve("first/mentions.csv")).stream().filter(m -> m.get("article_id").equals(articleId)).toList();
  }

  /** Issue 20: a lone surrogate used to become '?' and the sentence a rhetorical question (0.946). */
  @Test
  void aCharacterLostInDecodingIsCountedAndReadAsNothing() throws IOException {
    CSVRecord surrogate = articles.get("surrogate");
    assertEquals("1", surrogate.get("undecodable_characters"));
    assertEquals("1", surrogate.get("sentences"));
    assertEquals("0.000", surrogate.get("loaded_language"));
    assertEquals("", surrogate.get("loaded_terms"));
    for (CSVRecord mention : mentionsOf("surrogate")) {
      assertEquals("The governor \uFFFD signed the budget.", mention.get("sentence"));
      assertEquals("", mention.get("loaded_terms"));
    }
    assertEquals("2", articles.get("bad-escape").get("undecodable_characters"));
    assertEquals("0", articles.get("feed-1").get("undecodable_characters"));
  }

  /** Issue 20: ids and outlets that display as something else, and outlets passing as others. */
  @Test
  void directionControlsAndZeroWidthCharactersAreShownInEveryOutput() throws IOException {
    assertEquals("Reuters<U+200B>", articles.get("x<U+202E>gnp.exe").get("outlet"));
    assertEquals("Daily <U+202E>Swen", articles.get("daily-swen").get("outlet"));
    for (String table : OutputTables.DETERMINISTIC) {
      String text = Files.readString(tmp.resolve("first").resolve(table));
      assertFalse(text.codePoints().anyMatch(InvisibleCharacters::isInvisible), table);
    }
    String report = Files.readString(tmp.resolve("first/report.html"));
    assertTrue(report.contains("x&lt;U+202E&gt;gnp.exe") && report.contains("Reuters&lt;U+200B&gt;"));
    assertTrue(Files.readString(tmp.resolve("first/claimreview.jsonl")).contains("\"name\":\"Daily <U+202E>Swen\""));
  }

  @Test
  void outletsDifferingOnlyByInvisibleCharactersOrCompatibilityFormsAreOneIndependentSource() throws IOException {
    CSVRecord budget =
        OutputTables.read(tmp.resolve("first/verdicts.csv")).stream()
            .filter(v -> v.get("outlet_names").contains("Reuters<U+200B>"))
            .findFirst()
            .orElseThrow();
    // The surrogate article's "The governor \uFFFD signed the budget." may join the claim too; the three Reuters are one source either way.
    assertTrue(budget.get("sources").contains("Reuters (Reuters, Reuters<U+200B>, \uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53)"), budget.get("sources"));
    assertEquals(Integer.parseInt(budget.get("outlets")) - 2, Integer.parseInt(budget.get("independent_outlets")));
  }

  /** Issue 20: the token used to spend the article's whole NLP budget and lose its real sentence. */
  @Test
  void aMillionCharacterTokenIsCutAndTheArticleKept() throws IOException {
    CSVRecord monster = articles.get("monster");
    assertEquals("1", monster.get("cut_tokens"));
    assertEquals("1", monster.get("sentences"));
    assertEquals("0", articles.get("feed-1").get("cut_tokens"));
    assertFalse(mentionsOf("monster").isEmpty());
  }
}
