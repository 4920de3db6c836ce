package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.pipeline.io.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are replaced whole or not at all: a run killed half-way leaves the previous ones as they were. */
class AtomicOutputTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path tmp;
  private Path out;
  private Map<String, byte[]> previous;

  @BeforeEach
  void previousOutputs() throws IOException {
    out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("verdicts.csv"), "claim_id,claim\nabc,previous run\n");
    Files.writeString(out.resolve("rejects.csv"), "source,reason\n");
    Files.writeString(out.resolve("run.json"), "{\"previous\": true}\n");
    previous = snapshot(out);
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private void assertPreviousOutputsIntact() throws IOException {
    Map<String, byte[]> now = snapshot(out);
    assertEquals(previous.keySet(), now.keySet(), "files in " + out);
    previous.forEach((name, bytes) -> assertArrayEquals(bytes, now.get(name), name));
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.filter(p -> p.getFileName().toString().startsWith(".out.staging-")).toList();
    }
  }

  /** Fifty articles: enough that the child is still extracting claims when it is killed. */
  private Path biggerInput() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(seed);
        for (int copy = 0; copy < 10; copy++) {
          Files.writeString(in.resolve(copy + "-" + seed.getFileName()), text);
        }
      }
    }
    return in;
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aRunKilledHalfWayLeavesThePreviousOutputsIntact() throws Exception {
    Path log = tmp.resolve("child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--input=" + biggerInput(),
                "--output=" + out)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      // CoreNLP announces itself once the pipeline is running and reading articles.
      while (!Files.readString(log).contains("CoreNLP loaded")) {
        assertTrue(child.isAlive(), () -> "the run ended before it could be killed:\n" + readQuietly(log));
        Thread.sleep(100);
      }
      Thread.sleep(500);
      assertTrue(child.isAlive(), () -> "the run finished before it could be killed:\n" + readQuietly(log));
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }

    assertPreviousOutputsIntact();
    assertEquals(1, leftovers().size(), "the killed run's staging directory, beside the output, not in it");

    // The next run clears what the killed one left and replaces the outputs whole.
    assertEquals(0, OutputTables.run(out, SEEDS.resolve("002_b35bdd364fd94558.txt").toString()));
    assertEquals(List.of(), leftovers());
    assertEquals(List.of("002_b35bdd364fd94558"), OutputTables.read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).toList());
    assertFalse(Files.readString(out.resolve("verdicts.csv")).contains("previous run"));
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedAndChangesNothing() throws IOException {
    try (OutputDirectory running = OutputDirectory.open(out)) {
      assertEquals(1, OutputTables.run(out, SEEDS.toString()));
      assertPreviousOutputsIntact();
      assertTrue(Files.isDirectory(running.staging()), "the first run's staging directory is left alone");
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
