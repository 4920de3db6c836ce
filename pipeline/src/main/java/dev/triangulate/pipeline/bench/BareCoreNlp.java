package dev.triangulate.pipeline.bench;

import dev.triangulate.scoring.nlp.NlpPipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measurement (a): the pipeline's own CoreNLP instance ({@link NlpPipeline}, same annotators and
 * settings) annotating the raw bodies, one article per task on a fixed pool of {@code threads}.
 * A pool of our own rather than CoreNLP's {@code annotate(Iterable, threads)}, so that both sides
 * share one instance across threads exactly as the pipeline's workers do.
 */
final class BareCoreNlp {
  private BareCoreNlp() {}

  static Pass annotate(List<FncBodies.Body> bodies, int threads) throws InterruptedException {
    NlpPipeline nlp = NlpPipeline.shared();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Pass.Stopwatch watch = Pass.start();
      List<Future<Integer>> tokens = new ArrayList<>(bodies.size());
      for (FncBodies.Body body : bodies) {
        tokens.add(pool.submit(() -> {
          return nlp.annotate(body.text()).annotation().get(CoreAnnotations.TokensAnnotation.class).size();
        }));
      }
      long total = 0;
      for (Future<Integer> t : tokens) {
        total += t.get();
      }
      return watch.stop(total);
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoreNLP failed on the bench corpus", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
