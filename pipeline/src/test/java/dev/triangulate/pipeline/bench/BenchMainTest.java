package dev.triangulate.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {
  @TempDir Path tmp;

  @Test
  void argumentsHaveDefaultsAndAreChecked() {
    BenchMain.Args defaults = BenchMain.Args.parse(new String[0]);
    assertEquals(Path.of("../shared/data/fnc1/train_bodies.csv"), defaults.corpus());
    assertEquals(Long.MAX_VALUE, defaults.limit());
    assertEquals(3, defaults.repeats());
    assertEquals(true, defaults.paraphrases());
    BenchMain.Args given = BenchMain.Args.parse(new String[] {"--data=/d", "--limit=40", "--repeats=5", "--paraphrases=false"});
    assertEquals(new BenchMain.Args(Path.of("/d/fnc1/train_bodies.csv"), 40, 5, false), given);
    for (String bad : List.of("--limit=0", "--repeats=-1", "--limit=x", "--workers=2")) {
      assertThrows(IllegalArgumentException.class, () -> BenchMain.Args.parse(new String[] {bad}), bad);
    }
  }

  @Test
  void missingCorpusIsABadArgument() {
    assertEquals(2, BenchMain.run(new String[] {"--data=" + tmp}));
    assertEquals(2, BenchMain.run(new String[] {"watchlist", "--data=" + tmp}));
    assertEquals(2, BenchMain.run(new String[] {"watchlist", "--workers=2"}));
  }

  @Test
  void bodiesSpanLinesInsideQuotes() throws IOException {
    Path csv = tmp.resolve("bodies.csv");
    Files.writeString(csv, "Body ID,articleBody\n0,\"First line.\n\nSecond \"\"quoted\"\" paragraph.\"\n7,Plain body.\n9,Third.\n");
    assertEquals(
        List.of(new FncBodies.Body("0", "First line.\n\nSecond \"quoted\" paragraph."), new FncBodies.Body("7", "Plain body.")),
        FncBodies.read(csv, 2));
  }

  @Test
  void peakRssIsTheHighWaterMarkInBytes() {
    assertEquals(
        OptionalLong.of(1536L * 1024),
        PeakRss.parse(List.of("Name:\tjava", "VmPeak:\t  9999 kB", "VmHWM:\t    1536 kB", "VmRSS:\t 1000 kB")));
    assertEquals(OptionalLong.empty(), PeakRss.parse(List.of("Name:\tjava")));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, BenchReport.median(List.of(3.0, 1.0, 2.0), Double::doubleValue));
    assertEquals(2.5, BenchReport.median(List.of(4.0, 1.0, 2.0, 3.0), Double::doubleValue));
  }
}
