package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run killed at any point leaves behind is cleared, or put back, by the next one. */
class OutputDirectoryTest {
  @TempDir Path tmp;

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void outputsSetAsideByARunKilledWhilePublishingArePutBack() throws IOException {
    Path aside = Files.createDirectories(tmp.resolve(".out.previous-123"));
    Files.writeString(aside.resolve("verdicts.csv"), "previous");
    Files.createDirectories(tmp.resolve(".out.staging-123"));
    Path out = tmp.resolve("out");
    try (OutputDirectory dir = OutputDirectory.open(out)) {
      assertEquals("previous", Files.readString(out.resolve("verdicts.csv")));
      assertEquals(List.of(".out.lock", dir.staging().getFileName().toString(), "out"), siblings());
    }
  }

  @Test
  void publishingReplacesTheOutputWhole() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("stale.csv"), "old");
    try (OutputDirectory dir = OutputDirectory.open(out)) {
      Files.writeString(dir.staging().resolve("verdicts.csv"), "new");
      dir.publish();
    }
    assertEquals("new", Files.readString(out.resolve("verdicts.csv")));
    assertFalse(Files.exists(out.resolve("stale.csv")));
    assertEquals(List.of(".out.lock", "out"), siblings());
  }
}
