package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' report.html in a real headless Chromium, from disk, with its script running: every
 * claim is listed, and the verdict filter and the search (set from the URL fragment) hide what
 * they should. Chromium is required, not optional: .ci/run installs it, and without it this test
 * fails rather than skipping, so CI never passes without the browser check.
 */
class ReportBrowserTest {
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
  private static final Pattern CLAIM = Pattern.compile("<article class=\"claim [^\"]*\" id=\"claim-([^\"]+)\" data-verdict=\"([A-Z_]+)\"( hidden=\"\")?>");

  @TempDir static Path tmp;
  private static Path report;
  private static List<CSVRecord> verdicts;

  @BeforeAll
  static void runSeeds() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, OutputTables.run(out, Path.of("..", "seeds").toString()));
    report = out.resolve("report.html");
    verdicts = OutputTables.read(out.resolve("verdicts.csv"));
  }

  private record Shown(String id, String verdict, boolean hidden) {}

  private static List<Shown> claims(String dom) {
    List<Shown> claims = new ArrayList<>();
    Matcher m = CLAIM.matcher(dom);
    while (m.find()) {
      claims.add(new Shown(m.group(1), m.group(2), m.group(3) != null));
    }
    return claims;
  }

  @Test
  void everyClaimIsListedMostWidelyReportedFirst() throws IOException, InterruptedException {
    List<Shown> claims = claims(chromium("--dump-dom", report.toUri().toString()));
    assertEquals(verdicts.size(), claims.size());
    assertEquals(
        verdicts.stream().map(r -> r.get("claim_id")).sorted().toList(),
        claims.stream().map(Shown::id).sorted().toList());
    assertTrue(claims.stream().noneMatch(Shown::hidden));
    // The seeds have no contested claim (their 2021 denial is superseded), so the claim with the
    // most independent sources comes first.
    assertTrue(verdicts.stream().noneMatch(r -> r.get("verdict").equals("CONTESTED") || r.get("verdict").equals("REFUTED")));
    int most = verdicts.stream().mapToInt(r -> Integer.parseInt(r.get("independent_outlets"))).max().orElseThrow();
    CSVRecord first = verdicts.stream().filter(r -> r.get("claim_id").equals(claims.get(0).id())).findFirst().orElseThrow();
    assertEquals(most, Integer.parseInt(first.get("independent_outlets")));
  }

  @Test
  void theVerdictFilterHidesEveryOtherVerdict() throws IOException, InterruptedException {
    String dom = chromium("--dump-dom", report.toUri() + "#verdict=SINGLE_SOURCE");
    List<Shown> claims = claims(dom);
    assertTrue(claims.stream().anyMatch(c -> c.verdict().equals("SINGLE_SOURCE")));
    assertTrue(claims.stream().anyMatch(c -> !c.verdict().equals("SINGLE_SOURCE")));
    for (Shown claim : claims) {
      assertEquals(!claim.verdict().equals("SINGLE_SOURCE"), claim.hidden(), claim::toString);
    }
    long shown = verdicts.stream().filter(r -> r.get("verdict").equals("SINGLE_SOURCE")).count();
    assertTrue(dom.contains(shown + " of " + verdicts.size() + " claims shown"), "the count line under the filters");
  }

  @Test
  void theSearchKeepsOnlyClaimsThatMentionTheWords() throws IOException, InterruptedException {
    List<Shown> claims = claims(chromium("--dump-dom", report.toUri() + "#q=ETIM"));
    assertTrue(claims.stream().anyMatch(c -> !c.hidden()));
    assertTrue(claims.stream().anyMatch(Shown::hidden));
  }

  @Test
  void screenshot() throws IOException, InterruptedException {
    Files.deleteIfExists(SCREENSHOT);
    chromium("--window-size=1280,1600", "--screenshot=" + SCREENSHOT.toAbsolutePath(), report.toUri().toString());
    assertTrue(Files.size(SCREENSHOT) > 10_000, "a blank page would be smaller");
  }

  /** Runs headless Chromium on a file URL and returns what it prints (the DOM for --dump-dom). */
  private static String chromium(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        browser(), "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
        "--user-data-dir=" + tmp.resolve("profile")));
    command.addAll(List.of(args));
    // Output to a file, so that a browser that hangs fails the test instead of blocking a read.
    Path output = Files.createTempFile(tmp, "chromium-", ".out");
    Process process = new ProcessBuilder(command)
        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish: " + command);
    }
    assertEquals(0, process.exitValue(), () -> "chromium failed: " + command);
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static String browser() {
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return name;
        }
      }
    }
    return fail("no chromium on PATH: the report check needs a real browser (.ci/run installs the Debian package chromium)");
  }
}
