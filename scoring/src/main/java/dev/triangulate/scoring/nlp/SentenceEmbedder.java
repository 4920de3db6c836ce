package dev.triangulate.scoring.nlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.triangulate.scoring.claim.Embedding;

/**
 * Sentence embeddings for paraphrase matching: all-MiniLM-L6-v2, quantised, run by ONNX Runtime
 * from the model inside its Maven jar. Like CoreNLP, one model per JVM, loaded on first use and
 * shared by all threads (an ONNX Runtime session is thread-safe).
 */
public final class SentenceEmbedder {
  private static final Supplier<EmbeddingModel> MODEL = Suppliers.memoize(AllMiniLmL6V2QuantizedEmbeddingModel::new);

  private SentenceEmbedder() {}

  public static Embedding embed(String sentence) {
    return Embedding.normalised(MODEL.get().embed(sentence).content().vector());
  }
}
