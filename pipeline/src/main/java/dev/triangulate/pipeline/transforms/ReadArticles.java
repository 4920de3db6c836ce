package dev.triangulate.pipeline.transforms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.io.InputFile;
import dev.triangulate.scoring.article.ArticleMetadata;
import dev.triangulate.scoring.article.ArticleParser;
import dev.triangulate.scoring.article.ArticleSource;
import dev.triangulate.scoring.article.ParseResult;
import dev.triangulate.scoring.article.Reject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 1: reads every listed input and parses it into an {@link dev.triangulate.scoring.article.Article}
 * ({@link Tags#ARTICLES}) or a {@link Reject} with its reason ({@link Tags#REJECTS}). Each .txt
 * file and each non-blank .jsonl line is one input.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  /**
   * Larger files are not news articles (dumps, logs, books); CoreNLP would spend the night on one.
   * Documented in the README.
   */
  static final long MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

  private final List<InputFile> files;

  public ReadArticles(List<InputFile> files) {
    this.files = List.copyOf(files);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    return begin
        .apply("ListInputs", Create.of(files).withCoder(SerializableCoder.of(InputFile.class)))
        .apply("Parse", ParDo.of(new ParseFn()).withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.REJECTS)));
  }

  static final class ParseFn extends DoFn<InputFile, dev.triangulate.scoring.article.Article> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Counter inputs = Counts.counter(Counts.INPUTS);
    private final Counter rejected = Counts.counter(Counts.REJECTED);
    private final StageTimer timer = new StageTimer("read");
    private transient ArticleParser parser;

    @Setup
    public void setup() {
      parser = new ArticleParser();
    }

    @ProcessElement
    public void process(@Element InputFile file, MultiOutputReceiver out) {
      long started = timer.start();
      switch (file.kind()) {
        case UNREADABLE -> reject(out, new Reject(file.path(), file.problem()));
        case TEXT -> readText(file, out);
        case JSONL -> readJsonLines(file, out);
      }
      timer.stop(started);
    }

    private void readText(InputFile file, MultiOutputReceiver out) {
      Path path = Path.of(file.path());
      String name = path.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      try {
        long size = Files.size(path);
        if (size > MAX_ARTICLE_BYTES) {
          reject(out, new Reject(file.path(), tooLarge(size)));
          return;
        }
        emit(out, parser.parse(new ArticleSource(file.path(), id, Files.readAllBytes(path), file.metadata())));
      } catch (IOException | OutOfMemoryError e) {
        reject(out, new Reject(file.path(), "unreadable file: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }

    private void readJsonLines(InputFile file, MultiOutputReceiver out) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(file.path()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        reject(out, new Reject(file.path(), "unreadable JSONL file: " + e.getClass().getSimpleName()));
        return;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          readJsonLine(file.path() + ":" + (i + 1), lines.get(i), out);
        }
      }
    }

    private void readJsonLine(String source, String line, MultiOutputReceiver out) {
      if (line.length() > MAX_ARTICLE_BYTES) {
        reject(out, new Reject(source, tooLarge(line.length())));
        return;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        reject(out, new Reject(source, "malformed JSON: " + e.getOriginalMessage()));
        return;
      }
      if (node == null || !node.isObject()) {
        reject(out, new Reject(source, "JSON line is not an object"));
        return;
      }
      String id = text(node, "id");
      if (id.isEmpty()) {
        reject(out, new Reject(source, "missing or non-string field \"id\""));
        return;
      }
      if (!node.path("text").isTextual()) {
        reject(out, new Reject(source, "missing or non-string field \"text\""));
        return;
      }
      ArticleMetadata metadata =
          new ArticleMetadata(text(node, "outlet"), text(node, "published"), text(node, "url"), text(node, "title"));
      emit(out, parser.parse(new ArticleSource(source, id, node.get("text").asText().getBytes(StandardCharsets.UTF_8), metadata)));
    }

    private static String tooLarge(long size) {
      return "too large for an article: " + size + " bytes (limit " + MAX_ARTICLE_BYTES + ")";
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.path(field);
      return value.isTextual() || value.isNumber() ? value.asText().strip() : "";
    }

    private void emit(MultiOutputReceiver out, ParseResult result) {
      if (result.article() != null) {
        inputs.inc();
        out.get(Tags.ARTICLES).output(result.article());
      } else {
        reject(out, result.reject());
      }
    }

    private void reject(MultiOutputReceiver out, Reject reject) {
      inputs.inc();
      rejected.inc();
      out.get(Tags.REJECTS).output(reject);
    }
  }
}
