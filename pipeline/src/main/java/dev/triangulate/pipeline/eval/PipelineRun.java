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
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the real pipeline on Emergent headlines or FNC-1 bodies, written as one JSONL input (and,
 * in watchlist mode, the claims as a claims.csv) in a temporary directory, and reads back its
 * mentions.csv, verdicts.csv, outlets.csv, coverage.csv and rejects.csv.
 */
final class PipelineRun {
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** One row of mentions.csv, as far as the evaluation needs it; {@code match} is NaN when empty. */
  record MentionRow(String articleId, String claimId, String stance, double match, String sentence) {}

  /** One row of coverage.csv (watchlist mode): how an article relates to a watched claim. */
  record CoverageRow(String claimId, String articleId, String relation) {}

  /**
   * What one run wrote: its mentions, verdict and confidence per claim id, reliability per outlet,
   * coverage rows (none without a watchlist) and the number of rejected inputs.
   */
  record Outputs(
      List<MentionRow> mentions, Map<String, String> verdicts, Map<String, Double> confidence, Map<String, Double> reliability,
      Map<String, String> claims, List<CoverageRow> coverage, int rejected) {}

  private PipelineRun() {}

  /** {@code pipelineArgs}: extra pipeline options, e.g. {@code --discoveryThreshold=0.2}. */
  static Outputs run(List<Headline> headlines, List<WatchlistFile.Entry> watchlist, List<String> pipelineArgs)
      throws IOException {
    // Headlines carry no title: the headline is the whole text the pipeline sees.
    return runArticles(
        headlines.stream().map(h -> Map.of("id", h.articleId(), "outlet", h.outlet(), "text", h.text())).toList(),
        watchlist, pipelineArgs);
  }

  /** The pipeline on articles given as JSONL objects ({@code id}, {@code text}, optional metadata). */
  static Outputs runArticles(List<Map<String, String>> articles, List<WatchlistFile.Entry> watchlist, List<String> pipelineArgs)
      throws IOException {
    Path work = Files.createTempDirectory("triangulate-eval-");
    try {
      Path input = work.resolve("articles.jsonl");
      JsonlArticles.write(input, articles);
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
      Path out = work.resolve("out");
      Map<String, String> verdicts = new TreeMap<>();
      Map<String, Double> confidence = new TreeMap<>();
      Map<String, String> claims = new TreeMap<>();
      for (CSVRecord r : rows(out.resolve("verdicts.csv"))) {
        verdicts.put(r.get("claim_id"), r.get("verdict"));
        claims.put(r.get("claim_id"), r.get("claim"));
        if (!r.get("confidence").isEmpty()) {
          confidence.put(r.get("claim_id"), Double.parseDouble(r.get("confidence")));
        }
      }
      Map<String, Double> reliability = new TreeMap<>();
      rows(out.resolve("outlets.csv")).forEach(r -> reliability.put(r.get("outlet"), Double.parseDouble(r.get("reliability"))));
      List<CoverageRow> coverage =
          Files.exists(out.resolve("coverage.csv"))
              ? rows(out.resolve("coverage.csv")).stream()
                  .map(r -> new CoverageRow(r.get("claim_id"), r.get("article_id"), r.get("relation"))).toList()
              : List.of();
      int rejected = rows(out.resolve("rejects.csv")).size();
      return new Outputs(mentions(out.resolve("mentions.csv")), verdicts, confidence, reliability, claims, coverage, rejected);
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

  private static List<MentionRow> mentions(Path file) throws IOException {
    return rows(file).stream()
        .map(r -> new MentionRow(
            r.get("article_id"), r.get("claim_id"), r.get("stance"),
            r.get("match").isEmpty() ? Double.NaN : Double.parseDouble(r.get("match")), r.get("sentence")))
        .toList();
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return READ.parse(reader).getRecords();
    }
  }
}
