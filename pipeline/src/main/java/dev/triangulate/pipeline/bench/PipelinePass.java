package dev.triangulate.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.Main;
import dev.triangulate.pipeline.TriangulateOptions;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.io.JsonlArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Measurement (b): the whole job ({@link Main#execute}: read, parse, CoreNLP, grouping, scoring,
 * CSV outputs) on the direct runner with {@code workers} threads, timed from the outside; tokens,
 * mentions and stage times come from the run.json it writes.
 */
final class PipelinePass {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code groupScoreMillis}: time inside the grouping and scoring DoFns (run.json stage_millis). */
  record Result(Pass pass, long articles, long rejected, long mentions, long groupScoreMillis) {}

  private PipelinePass() {}

  /** The bodies as the JSONL input the pipeline reads: {@code {"id","text"}}, one per line. */
  static void writeJsonl(Path file, List<FncBodies.Body> bodies) throws IOException {
    JsonlArticles.write(file, bodies.stream().map(b -> Map.of("id", b.id(), "text", b.text())).toList());
  }

  static Result run(Path jsonl, int workers, Path output, boolean paraphrases) throws IOException {
    TriangulateOptions options = PipelineOptionsFactory.as(TriangulateOptions.class);
    options.setParaphrases(paraphrases);
    options.setInput(List.of(jsonl.toString()));
    options.setOutput(output.toString());
    options.as(DirectOptions.class).setTargetParallelism(workers);
    Pass.Stopwatch watch = Pass.start();
    int status = Main.execute(options, InputLister.list(options.getInput()));
    if (status != 0) {
      throw new IllegalStateException("pipeline run ended with status " + status);
    }
    // Reading run.json takes a millisecond of the pass; it holds the token count the pass needs.
    JsonNode run = JSON.readTree(output.resolve("run.json").toFile());
    JsonNode counts = run.path("counts");
    JsonNode stages = run.path("stage_millis");
    return new Result(
        watch.stop(counts.path("tokens").asLong()),
        counts.path("articles").asLong(),
        counts.path("rejected").asLong(),
        counts.path("mentions").asLong(),
        stages.path("group").asLong() + stages.path("score").asLong());
  }
}
