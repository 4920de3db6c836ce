package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory of 10,000 tiny files completes and accounts for every file. Half are one-line
 * articles, half too small to be one (empty, blank, boilerplate), so the reject path is
 * exercised at scale too; the timeout catches anything quadratic.
 */
class ManyTinyFilesTest {
  private static final int FILES = 10_000;
  private static final String[] NOT_ARTICLES = {"", " \n", "Leave a Reply\n"};

  @TempDir Path tmp;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyOneOfTenThousandTinyFilesIsAnArticleOrAReject() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      String text = i % 2 == 0 ? "Note " + i + " was filed.\n" : NOT_ARTICLES[i % NOT_ARTICLES.length];
      Files.writeString(in.resolve(String.format("%05d.txt", i)), text);
    }
    Path out = tmp.resolve("out");
    // Accounting is under test, not matching: the sentence encoder's cost is the bench's business.
    assertEquals(0, Main.run(new String[] {"--input=" + in, "--output=" + out, "--paraphrases=false"}));

    assertEquals(FILES / 2, OutputTables.read(out.resolve("articles.csv")).size());
    Map<String, Long> reasons =
        OutputTables.read(out.resolve("rejects.csv")).stream()
            .collect(Collectors.groupingBy(r -> r.get("reason"), Collectors.counting()));
    assertEquals(
        Map.of("empty file", 1667L, "only whitespace", 1667L, "no article text after removing boilerplate", 1666L),
        reasons);
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(FILES, run.path("counts").path("inputs").asInt());
    assertTrue(run.path("reconciled").asBoolean());
  }
}
