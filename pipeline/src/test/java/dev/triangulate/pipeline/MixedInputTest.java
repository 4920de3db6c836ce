package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Good and bad inputs side by side: nothing crashes, nothing is silently dropped. */
class MixedInputTest {
  @TempDir Path tmp;

  @Test
  void everyInputIsAccountedFor() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, OutputTables.run(out, Path.of("..", "testdata", "mixed").toString()));

    List<String> articles = OutputTables.read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).sorted().toList();
    assertEquals(List.of("j1", "j2", "one"), articles);

    Map<String, String> rejects =
        OutputTables.read(out.resolve("rejects.csv")).stream()
            .collect(Collectors.toMap(r -> Path.of(r.get("source")).getFileName().toString(), r -> r.get("reason")));
    assertEquals(Map.of("empty.txt", "empty file", "feed.jsonl:3", rejects.get("feed.jsonl:3"),
        "feed.jsonl:4", "missing field \"text\"", "notes.md", rejects.get("notes.md"),
        "pixel.txt", "binary content (png)"), rejects);
    assertTrue(rejects.get("feed.jsonl:3").startsWith("malformed JSON"));
    assertTrue(rejects.get("notes.md").startsWith("not an article file"));

    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(8, run.path("counts").path("inputs").asInt());
    assertEquals(3, run.path("counts").path("articles").asInt());
    assertEquals(5, run.path("counts").path("rejected").asInt());
    assertTrue(run.path("reconciled").asBoolean());
  }

  @Test
  void jsonlMetadataReachesTheOutputs() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, OutputTables.run(out, Path.of("..", "testdata", "mixed", "feed.jsonl").toString()));
    CSVRecord j1 = OutputTables.read(out.resolve("articles.csv")).stream().filter(r -> r.get("article_id").equals("j1")).findFirst().orElseThrow();
    assertEquals("Wire One", j1.get("outlet"));
    assertEquals("2022-03-02", j1.get("published"));
  }

  @Test
  void noReadableInputIsFatalAndLeavesOutputAlone() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("verdicts.csv"), "previous run");
    assertEquals(2, OutputTables.run(out, tmp.resolve("missing").toString()));
    assertEquals("previous run", Files.readString(out.resolve("verdicts.csv")));
  }
}
