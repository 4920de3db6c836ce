package dev.triangulate.pipeline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.Main;
import dev.triangulate.pipeline.TriangulateOptions;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.io.OutputDirectory;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Discovery mode: the headlines go through the real pipeline as one JSONL input, and each
 * article's predicted cluster is the claim it was found to mention.
 */
final class PipelineDiscovery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PipelineDiscovery() {}

  /**
   * article id -> claim id of the article's first row in mentions.csv (the file's order); articles
   * without a mention are absent, which {@link BCubed} scores as singletons.
   */
  static Map<String, String> firstClaims(List<Headline> headlines) throws IOException {
    Path work = Files.createTempDirectory("triangulate-eval-");
    try {
      Path input = work.resolve("headlines.jsonl");
      writeJsonl(input, headlines);
      Path output = work.resolve("out");
      TriangulateOptions options = PipelineOptionsFactory.as(TriangulateOptions.class);
      options.setInput(List.of(input.toString()));
      options.setOutput(output.toString());
      int status = Main.execute(options, InputLister.list(options.getInput()));
      if (status != 0) {
        throw new IllegalStateException("pipeline run ended with status " + status);
      }
      return firstClaims(output.resolve("mentions.csv"));
    } finally {
      OutputDirectory.deleteTree(work);
    }
  }

  /** Headlines carry no title: the headline is the whole text the pipeline sees. */
  private static void writeJsonl(Path file, List<Headline> headlines) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Headline h : headlines) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", h.articleId());
        line.put("outlet", h.outlet());
        line.put("text", h.text());
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    }
  }

  private static Map<String, String> firstClaims(Path mentions) throws IOException {
    Map<String, String> claims = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(mentions, StandardCharsets.UTF_8)) {
      for (CSVRecord r : format.parse(reader)) {
        claims.putIfAbsent(r.get("article_id"), r.get("claim_id"));
      }
    }
    return claims;
  }
}
