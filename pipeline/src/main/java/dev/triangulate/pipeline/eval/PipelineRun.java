package dev.triangulate.pipeline.eval;

import dev.triangulate.pipeline.Main;
import dev.triangulate.pipeline.TriangulateOptions;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.io.JsonlArticles;
import dev.triangulate.pipeline.io.OutputDirectory;
import dev.triangulate.pipeline.io.WatchlistFile;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the real pipeline on Emergent headlines, written as one JSONL input (and, in watchlist
 * mode, the claims as a claims.csv) in a temporary directory, and reads back its mentions.csv.
 */
final class PipelineRun {
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** One row of mentions.csv, as far as the evaluation needs it; {@code match} is NaN when empty. */
  record MentionRow(String articleId, String claimId, String stance, double match) {}

  private PipelineRun() {}

  /** {@code pipelineArgs}: extra pipeline options, e.g. {@code --discoveryThreshold=0.2}. */
  static List<MentionRow> mentions(List<Headline> headlines, List<WatchlistFile.Entry> watchlist, List<String> pipelineArgs)
      throws IOException {
    Path work = Files.createTempDirectory("triangulate-eval-");
    try {
      Path input = work.resolve("headlines.jsonl");
      // Headlines carry no title: the headline is the whole text the pipeline sees.
      JsonlArticles.write(input, headlines.stream()
          .map(h -> Map.of("id", h.articleId(), "outlet", h.outlet(), "text", h.text()))
          .toList());
      List<String> args = new ArrayList<>(pipelineArgs);
      args.add("--input=" + input);
      args.add("--output=" + work.resolve("out"));
      if (!watchlist.isEmpty()) {
        Path claims = work.resolve("claims.csv");
        writeClaims(claims, watchlist);
        args.add("--claims=" + claims);
      }
      TriangulateOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(TriangulateOptions.class);
      int status = Main.execute(options, InputLister.list(options.getInput()));
      if (status != 0) {
        throw new IllegalStateException("pipeline run ended with status " + status);
      }
      return read(work.resolve("out").resolve("mentions.csv"));
    } finally {
      OutputDirectory.deleteTree(work);
    }
  }

  private static void writeClaims(Path file, List<WatchlistFile.Entry> watchlist) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("claim_id", "claim");
      for (WatchlistFile.Entry e : watchlist) {
        csv.printRecord(e.id(), e.text());
      }
    }
  }

  private static List<MentionRow> read(Path mentions) throws IOException {
    List<MentionRow> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(mentions, StandardCharsets.UTF_8)) {
      for (CSVRecord r : READ.parse(reader)) {
        String match = r.get("match");
        rows.add(new MentionRow(
            r.get("article_id"), r.get("claim_id"), r.get("stance"), match.isEmpty() ? Double.NaN : Double.parseDouble(match)));
      }
    }
    return rows;
  }
}
