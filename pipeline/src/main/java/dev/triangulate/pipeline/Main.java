package dev.triangulate.pipeline;

import dev.triangulate.pipeline.io.InputFile;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.io.OutputDirectory;
import dev.triangulate.pipeline.io.RunChanges;
import dev.triangulate.pipeline.io.WatchlistFile;
import dev.triangulate.pipeline.transforms.ExtractClaims;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code triangulate --input=seeds --output=out}. Exit status 0 when the run
 * completed (rejected inputs are reported, not fatal), 2 for bad options, an unusable claims file
 * or --previous directory, or no input at all, 1 when the run failed (an unwritable or locked
 * output included); the previous outputs are then left as they were. Each reason is one line.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println("Usage: triangulate [--input=DIR|FILE ...] [--output=DIR] [--claims=claims.csv] [--runner=DirectRunner] [Beam options]");
      PipelineOptionsFactory.printHelp(System.out, TriangulateOptions.class);
      return 0;
    }
    TriangulateOptions options;
    try {
      PipelineOptionsFactory.register(TriangulateOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(TriangulateOptions.class);
      if (options.getArticleTimeBudgetSeconds() <= 0) {
        throw new IllegalArgumentException("--articleTimeBudgetSeconds must be positive");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("triangulate: " + e.getMessage());
      return 2;
    }
    if (!options.getPrevious().isEmpty()) {
      // Read now so that a wrong path stops the run before CoreNLP loads, not after the whole job.
      try {
        RunChanges.read(Path.of(options.getPrevious()));
      } catch (IOException | RuntimeException e) {
        System.err.println("triangulate: --previous: " + e.getMessage());
        return 2;
      }
    }
    List<InputFile> inputs = InputLister.list(options.getInput());
    if (inputs.stream().allMatch(f -> f.kind() == InputFile.Kind.UNREADABLE)) {
      System.err.println("triangulate: no readable input in " + options.getInput());
      return 2;
    }
    try {
      return execute(options, inputs);
    } catch (WatchlistFile.InvalidException e) {
      System.err.println("triangulate: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      // The file system said no (an unwritable or locked output): its message is the reason.
      System.err.println("triangulate: run failed, previous outputs left in place: " + e);
      return 1;
    } catch (RuntimeException e) {
      LOG.error("run failed", e);
      System.err.println("triangulate: run failed, previous outputs left in place: " + e);
      return 1;
    }
  }

  /** Runs the job on already listed inputs; also what the eval command measures. */
  public static int execute(TriangulateOptions options, List<InputFile> inputs) throws IOException {
    return execute(options, inputs, ExtractClaims.standard(options.getParaphrases()));
  }

  /** With another claim extraction stage: how a test makes CoreNLP fail on one article. */
  static int execute(TriangulateOptions options, List<InputFile> inputs, ExtractClaims extract) throws IOException {
    if (options.getRunner() == DirectRunner.class) {
      // The checks re-encode every element; worth it in tests, pure cost in a real run.
      options.as(DirectOptions.class).setEnforceImmutability(false);
      options.as(DirectOptions.class).setEnforceEncodability(false);
      // Returns at once, so that this thread can print the progress line while the job runs.
      options.as(DirectOptions.class).setBlockOnRun(false);
    } else if (options.getRunner() == FlinkRunner.class) {
      stageOnlyOwnCode(options.as(FlinkPipelineOptions.class));
    }
    Path output = Path.of(options.getOutput());
    long started = System.nanoTime();
    try (OutputDirectory out = OutputDirectory.open(output)) {
      Pipeline pipeline = Pipeline.create(options);
      TriangulatePipeline.build(pipeline, inputs, WatchlistFile.read(options.getClaims()), out.staging().toString(), extract);
      PipelineResult result = pipeline.run();
      Progress.follow(result, inputs.size(), System.err);
      RunReport report = RunReport.of(result, out.staging());
      report.write(out.staging().resolve("run.json"), options, (System.nanoTime() - started) / 1_000_000);
      if (!report.reconciles()) {
        throw new IllegalStateException("inputs lost, outputs not published: " + report.discrepancy());
      }
      out.publish();
      System.out.printf(
          "triangulate: %d inputs -> %d articles, %d rejected%s, %d claims; outputs in %s%n",
          report.count("inputs"), report.count("articles"), report.count("rejected"),
          report.count("rejected") > 0 ? " (reasons in " + output.resolve(RunReport.REJECTS_CSV) + ")" : "",
          report.count("claims"), output);
      return 0;
    }
  }

  /**
   * For a remote Flink master Beam uploads every classpath entry with each job unless told
   * otherwise: 760 MB from the launcher (CoreNLP's models alone are 453 MB), which the cluster of
   * scripts/flink-cluster already has on its own classpath. What is staged instead is where this
   * class comes from: the pipeline's classes from the launcher, or the whole self-contained jar
   * when that is what runs (a cluster that lacks the libraries then gets them with the job).
   */
  private static void stageOnlyOwnCode(FlinkPipelineOptions flink) {
    if (flink.getFilesToStage() != null || flink.getFlinkMaster().matches("\\[(auto|local|collection)\\]")) {
      return;
    }
    try {
      flink.setFilesToStage(List.of(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the pipeline's own classes", e);
    }
  }
}
