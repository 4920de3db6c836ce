package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same job on an embedded Flink (what a cluster runs, minus the network) as on the direct runner. */
class FlinkRunnerTest {
  private static final String SEEDS = Path.of("..", "seeds").toString();

  @TempDir Path tmp;

  @Test
  void seedsGiveTheSameOutputsOnFlinkAsOnTheDirectRunner() throws IOException {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    assertEquals(0, OutputTables.run(direct, SEEDS));
    assertEquals(0, Main.run(new String[] {
        "--input=" + SEEDS, "--output=" + flink, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"}));

    for (String table : OutputTables.DETERMINISTIC) {
      assertArrayEquals(Files.readAllBytes(direct.resolve(table)), Files.readAllBytes(flink.resolve(table)), table);
    }
    assertTrue(OutputTables.read(flink.resolve("verdicts.csv")).size() > 5, "too few claims to compare");
    // Flink reports Beam metrics too, so run.json's counts still reconcile.
    JsonNode run = new ObjectMapper().readTree(flink.resolve("run.json").toFile());
    assertEquals("FlinkRunner", run.path("options").path("runner").asText());
    assertTrue(run.path("reconciled").asBoolean());
    assertEquals(5, run.path("counts").path("articles").asInt());
  }
}
