package dev.triangulate.scoring.nlp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.triangulate.scoring.claim.Embedding;

/**
 * Sentence embeddings for paraphrase matching: all-MiniLM-L6-v2, quantised, run by ONNX Runtime
 * from the model inside its Maven jar. Like CoreNLP, one model per JVM, loaded on first use and
 * shared by all threads (an ONNX Runtime session is thread-safe).
 */
public final class SentenceEmbedder {
  private static volatile EmbeddingModel model;

  private SentenceEmbedder() {}

  public static Embedding embed(String sentence) {
    return Embedding.normalised(model().embed(sentence).content().vector());
  }

  private static EmbeddingModel model() {
    EmbeddingModel local = model;
    if (local == null) {
      synchronized (SentenceEmbedder.class) {
        local = model;
        if (local == null) {
          local = new AllMiniLmL6V2QuantizedEmbeddingModel();
          model = local;
        }
      }
    }
    return local;
  }
}
