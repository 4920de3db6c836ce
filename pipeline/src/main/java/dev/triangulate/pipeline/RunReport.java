package dev.triangulate.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.triangulate.pipeline.transforms.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * run.json: what was read, what came out, how long each stage took, with which versions and
 * options. Also the reconciliation: every input must be an article or a reject, in the counters
 * and in the rows actually written.
 */
final class RunReport {
  static final String ARTICLES_CSV = "articles.csv";
  static final String REJECTS_CSV = "rejects.csv";

  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, Long> stageMillis = new TreeMap<>();
  private final Map<String, Long> rowsWritten = new TreeMap<>();

  RunReport(Map<String, Long> counts, Map<String, Long> stageMillis, Map<String, Long> rowsWritten) {
    this.counts.putAll(counts);
    this.stageMillis.putAll(stageMillis);
    this.rowsWritten.putAll(rowsWritten);
    for (String name : List.of(Counts.INPUTS, Counts.ARTICLES, Counts.REJECTED, Counts.SENTENCES, Counts.MENTIONS, Counts.CLAIMS)) {
      this.counts.putIfAbsent(name, 0L);
    }
  }

  /** The counters of a finished run, and the rows of the tables it wrote to {@code staging}. */
  static RunReport of(PipelineResult result, Path staging) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Long> stageMillis = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String namespace = counter.getName().getNamespace();
      Long value = counter.getAttempted();
      if (Counts.NAMESPACE.equals(namespace)) {
        counts.merge(counter.getName().getName(), value, Long::sum);
      } else if (Counts.STAGE_MILLIS.equals(namespace)) {
        stageMillis.merge(counter.getName().getName(), value, Long::sum);
      }
    }
    Map<String, Long> rows = new TreeMap<>();
    for (String table : List.of(ARTICLES_CSV, REJECTS_CSV)) {
      rows.put(table, rows(staging.resolve(table)));
    }
    return new RunReport(counts, stageMillis, rows);
  }

  private static long rows(Path table) throws IOException {
    if (!Files.exists(table)) {
      return 0;
    }
    try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.stream().count();
    }
  }

  long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** Every input must end up as an article or a reject; anything else is a bug that lost data. */
  boolean reconciles() {
    return discrepancy().isEmpty();
  }

  /** What does not add up, in words for the error message; empty when everything does. */
  String discrepancy() {
    List<String> problems = new ArrayList<>();
    long inputs = count(Counts.INPUTS);
    long articles = count(Counts.ARTICLES);
    long rejected = count(Counts.REJECTED);
    if (inputs != articles + rejected) {
      problems.add(inputs + " inputs but " + articles + " articles + " + rejected + " rejected");
    }
    if (rowsWritten.getOrDefault(ARTICLES_CSV, 0L) != articles) {
      problems.add(articles + " articles but " + rowsWritten.getOrDefault(ARTICLES_CSV, 0L) + " rows in " + ARTICLES_CSV);
    }
    if (rowsWritten.getOrDefault(REJECTS_CSV, 0L) != rejected) {
      problems.add(rejected + " rejected but " + rowsWritten.getOrDefault(REJECTS_CSV, 0L) + " rows in " + REJECTS_CSV);
    }
    return String.join("; ", problems);
  }

  void write(Path file, TriangulateOptions options, long wallMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("counts", counts);
    json.put("rows_written", rowsWritten);
    json.put("reconciled", reconciles());
    json.put("wall_millis", wallMillis);
    json.put("stage_millis", stageMillis);
    json.put("versions", versions());
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("input", options.getInput());
    opts.put("output", options.getOutput());
    opts.put("runner", options.getRunner().getSimpleName());
    json.put("options", opts);
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> versions() {
    Properties p = new Properties();
    try (InputStream in = RunReport.class.getResourceAsStream("/triangulate-versions.properties")) {
      p.load(in);
    } catch (IOException | NullPointerException e) {
      return Map.of("java", System.getProperty("java.version"));
    }
    Map<String, String> v = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> v.put(k, p.getProperty(k)));
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}
