package dev.triangulate.pipeline.bench;

import dev.triangulate.pipeline.io.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The measurements of one repeat, taken back to back in one JVM so that their ratios compare like
 * with like on a machine whose load changes: bare CoreNLP and the pipeline alternate, 1 worker
 * then 2, then the pipeline on a quarter and a half of the corpus for the grouping + scoring times.
 */
final class Bench {
  /** Fractions of the corpus the grouping + scoring time is measured on (the whole is {@link Repeat#pipeline2}). */
  static final double[] FRACTIONS = {0.25, 0.5};
  static final int WARM_UP_BODIES = 40;

  record Repeat(Pass bare1, PipelinePass.Result pipeline1, Pass bare2, PipelinePass.Result pipeline2,
      List<PipelinePass.Result> fractions) {

    /** (b) over (a) in tokens per second, with {@code workers} threads on both sides. */
    double ratio(int workers) {
      return workers == 1
          ? pipeline1.pass().tokensPerSecond() / bare1.tokensPerSecond()
          : pipeline2.pass().tokensPerSecond() / bare2.tokensPerSecond();
    }

    /** (b) over (a) in tokens per CPU second: what the pipeline adds in work, whatever the load. */
    double cpuRatio(int workers) {
      return workers == 1
          ? pipeline1.pass().tokensPerCpuSecond() / bare1.tokensPerCpuSecond()
          : pipeline2.pass().tokensPerCpuSecond() / bare2.tokensPerCpuSecond();
    }

    double bareSpeedUp() {
      return bare2.tokensPerSecond() / bare1.tokensPerSecond();
    }

    double pipelineSpeedUp() {
      return pipeline2.pass().tokensPerSecond() / pipeline1.pass().tokensPerSecond();
    }
  }

  private Bench() {}

  static List<Repeat> run(List<FncBodies.Body> bodies, int repeats, boolean paraphrases) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("triangulate-bench-");
    try {
      Path whole = work.resolve("whole.jsonl");
      PipelinePass.writeJsonl(whole, bodies);
      List<Path> parts = new ArrayList<>();
      for (double f : FRACTIONS) {
        Path part = work.resolve("part-" + f + ".jsonl");
        PipelinePass.writeJsonl(part, bodies.subList(0, Math.max(1, (int) Math.round(bodies.size() * f))));
        parts.add(part);
      }
      Path out = work.resolve("out");
      // Untimed: the first pass of each kind has its hot code compiled by the JIT on the way, which
      // would be charged to whichever side ran first.
      List<FncBodies.Body> warmUp = bodies.subList(0, Math.min(bodies.size(), WARM_UP_BODIES));
      Path warmUpFile = work.resolve("warm-up.jsonl");
      PipelinePass.writeJsonl(warmUpFile, warmUp);
      BareCoreNlp.annotate(warmUp, 2);
      PipelinePass.run(warmUpFile, 2, out, paraphrases);
      List<Repeat> done = new ArrayList<>();
      for (int r = 0; r < repeats; r++) {
        Pass bare1 = BareCoreNlp.annotate(bodies, 1);
        PipelinePass.Result pipeline1 = PipelinePass.run(whole, 1, out, paraphrases);
        Pass bare2 = BareCoreNlp.annotate(bodies, 2);
        PipelinePass.Result pipeline2 = PipelinePass.run(whole, 2, out, paraphrases);
        List<PipelinePass.Result> fractions = new ArrayList<>();
        for (Path part : parts) {
          fractions.add(PipelinePass.run(part, 2, out, paraphrases));
        }
        Repeat repeat = new Repeat(bare1, pipeline1, bare2, pipeline2, fractions);
        BenchReport.progress(r + 1, repeat);
        done.add(repeat);
      }
      return done;
    } finally {
      OutputDirectory.deleteTree(work);
    }
  }
}
