package dev.triangulate.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.triangulate.pipeline.transforms.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** run.json: what was read, what came out, how long each stage took, with which versions and options. */
final class RunReport {
  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, Long> stageMillis = new TreeMap<>();

  RunReport(PipelineResult result) {
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
    for (String name : List.of(Counts.INPUTS, Counts.ARTICLES, Counts.REJECTED, Counts.SENTENCES, Counts.MENTIONS, Counts.CLAIMS)) {
      counts.putIfAbsent(name, 0L);
    }
  }

  long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** Every input must end up as an article or a reject; anything else is a bug that lost data. */
  boolean reconciles() {
    return count(Counts.INPUTS) == count(Counts.ARTICLES) + count(Counts.REJECTED);
  }

  void write(Path file, TriangulateOptions options, long wallMillis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("counts", counts);
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
