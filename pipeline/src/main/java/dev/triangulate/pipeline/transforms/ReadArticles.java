package dev.triangulate.pipeline.transforms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.io.BoundedLines;
import dev.triangulate.pipeline.io.InputFile;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.io.JsonEscapes;
import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.ArticleMetadata;
import dev.triangulate.scoring.article.ArticleParser;
import dev.triangulate.scoring.article.ArticleSource;
import dev.triangulate.scoring.article.ParseResult;
import dev.triangulate.scoring.article.Reject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 1: reads every listed input and parses it into an {@link Article} ({@link Tags#ARTICLES})
 * or a {@link Reject} with its reason ({@link Tags#REJECTS}). Each .txt file, each non-blank .jsonl
 * line and each unreadable input is one input. Article ids are unique in the output: of several
 * articles with one id, the first in listing order (path, then line) is kept and the others are
 * rejected, because every later stage keys on the id.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  /**
   * Larger files are not news articles (dumps, logs, books); CoreNLP would spend the night on one.
   * Documented in the README.
   */
  static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

  /**
   * Articles are grouped by a hash of their id, not by the id itself: the direct runner hands each
   * key's group on as a bundle of its own, and at milliseconds a bundle, one key per article made
   * 10,000 small articles take many minutes. A few buckets keep the later stages parallel.
   */
  private static final int ID_BUCKETS = 32;

  private static final TupleTag<KV<Integer, Candidate>> PARSED = new TupleTag<>() {};

  private final List<InputFile> files;

  public ReadArticles(List<InputFile> files) {
    this.files = List.copyOf(files);
  }

  /** A parsed article with its place in the listing, which decides which of two equal ids wins. */
  record Candidate(int file, int line, Article article) implements Serializable {
    static final Comparator<Candidate> LISTING_ORDER =
        Comparator.comparingInt(Candidate::file).thenComparingInt(Candidate::line);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    List<KV<Integer, InputFile>> numbered = IntStream.range(0, files.size()).mapToObj(i -> KV.of(i, files.get(i))).toList();
    PCollectionTuple parsed =
        begin
            .apply("ListInputs", Create.of(numbered).withCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(InputFile.class))))
            .apply("Parse", ParDo.of(new ParseFn()).withOutputTags(PARSED, TupleTagList.of(Tags.REJECTS)));
    PCollectionTuple unique =
        parsed
            .get(PARSED)
            .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Candidate.class)))
            .apply("GroupByIdBucket", GroupByKey.create())
            .apply("FirstOfEachId", ParDo.of(new FirstOfIdFn()).withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.REJECTS)));
    PCollection<Reject> rejects =
        PCollectionList.of(parsed.get(Tags.REJECTS)).and(unique.get(Tags.REJECTS)).apply("ReadRejects", Flatten.pCollections());
    return PCollectionTuple.of(Tags.ARTICLES, unique.get(Tags.ARTICLES)).and(Tags.REJECTS, rejects);
  }

  static final class ParseFn extends DoFn<KV<Integer, InputFile>, KV<Integer, Candidate>> {
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
    public void process(@Element KV<Integer, InputFile> numbered, MultiOutputReceiver out) {
      long started = timer.start();
      int index = numbered.getKey();
      InputFile file = numbered.getValue();
      switch (file.kind()) {
        case UNREADABLE -> reject(out, new Reject(file.path(), file.problem()));
        case TEXT -> readText(index, file, out);
        case JSONL -> readJsonLines(index, file, out);
      }
      timer.stop(started);
    }

    private void readText(int index, InputFile file, MultiOutputReceiver out) {
      Path path = Path.of(file.path());
      String id = InputLister.articleId(path.getFileName().toString());
      try {
        long size = Files.size(path);
        if (size > MAX_ARTICLE_BYTES) {
          reject(out, new Reject(file.path(), tooLarge(size)));
          return;
        }
        emit(out, index, 0, parser.parse(new ArticleSource(file.path(), id, Files.readAllBytes(path), file.metadata())));
      } catch (IOException | OutOfMemoryError e) {
        reject(out, new Reject(file.path(), "unreadable file: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }

    private void readJsonLines(int index, InputFile file, MultiOutputReceiver out) {
      JsonLines lines = new JsonLines(index, file.path(), out);
      try {
        BoundedLines.read(Path.of(file.path()), MAX_ARTICLE_BYTES, lines);
      } catch (IOException e) {
        // The lines read so far stay read; the rest of the file is this one reject.
        reject(out, new Reject(file.path(), "unreadable JSONL file: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        return;
      }
      if (lines.inputs == 0) {
        reject(out, new Reject(file.path(), "JSONL file without a single non-blank line"));
      }
    }

    /** Every non-blank line of a JSONL file is one input. */
    private final class JsonLines implements BoundedLines.Visitor {
      private final int index;
      private final String path;
      private final MultiOutputReceiver out;
      private int inputs;

      JsonLines(int index, String path, MultiOutputReceiver out) {
        this.index = index;
        this.path = path;
        this.out = out;
      }

      @Override
      public void line(int number, byte[] content) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        String line;
        try {
          line = StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (CharacterCodingException e) {
          inputs++;
          reject(out, new Reject(path + ":" + number, "not valid UTF-8 (first bad byte at offset " + bytes.position() + " of the line)"));
          return;
        }
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // the byte-order mark Windows editors write
        }
        if (!line.isBlank()) {
          inputs++;
          readJson(index, number, path + ":" + number, line, out);
        }
      }

      @Override
      public void tooLong(int number, long bytes) {
        inputs++;
        reject(out, new Reject(path + ":" + number, tooLarge(bytes)));
      }
    }

    private void readJson(int index, int number, String source, String line, MultiOutputReceiver out) {
      JsonNode node;
      try {
        node = JSON.readTree(JsonEscapes.repair(line));
      } catch (JsonProcessingException e) {
        reject(out, new Reject(source, "malformed JSON: " + e.getOriginalMessage()));
        return;
      }
      if (!node.isObject()) {
        reject(out, new Reject(source, "JSON line is " + describe(node) + ", expected an object"));
        return;
      }
      for (String field : List.of("id", "text")) {
        String problem = requiredFieldProblem(node, field);
        if (problem != null) {
          reject(out, new Reject(source, problem));
          return;
        }
      }
      ArticleMetadata metadata =
          new ArticleMetadata(optional(node, "outlet"), optional(node, "published"), optional(node, "url"), optional(node, "title"));
      emit(out, index, number, parser.parse(ArticleSource.ofText(source, node.get("id").asText().strip(), node.get("text").asText(), metadata)));
    }

    /** Null when {@code field} holds usable text; a number is accepted as an id ("id": 7). */
    private static String requiredFieldProblem(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null) {
        return "missing field \"" + field + "\"";
      }
      if (!value.isTextual() && !(value.isNumber() && field.equals("id"))) {
        return "field \"" + field + "\" is " + describe(value) + ", expected a string";
      }
      return value.asText().isBlank() ? "field \"" + field + "\" is empty" : null;
    }

    private static String describe(JsonNode value) {
      return switch (value.getNodeType()) {
        case ARRAY -> "an array";
        case OBJECT, POJO -> "an object";
        case BOOLEAN -> "a boolean";
        case NUMBER -> "a number";
        case NULL, MISSING -> "null";
        case STRING, BINARY -> "a string";
      };
    }

    private static String tooLarge(long size) {
      return "too large for an article: " + size + " bytes (limit " + MAX_ARTICLE_BYTES + ")";
    }

    /**
     * Metadata of the wrong type (an outlet given as a list) is dropped, not fatal: the article is
     * still worth reading, and the outlet then comes from the text or falls back to unknown.
     */
    private static String optional(JsonNode node, String field) {
      JsonNode value = node.path(field);
      return value.isTextual() || value.isNumber() ? value.asText().strip() : "";
    }

    private void emit(MultiOutputReceiver out, int index, int line, ParseResult result) {
      if (result.article() != null) {
        inputs.inc();
        int bucket = Math.floorMod(result.article().id().hashCode(), ID_BUCKETS);
        out.get(PARSED).output(KV.of(bucket, new Candidate(index, line, result.article())));
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

  /** Keeps the first article of each id; the others were inputs too, so they become rejects. */
  static final class FirstOfIdFn extends DoFn<KV<Integer, Iterable<Candidate>>, Article> {
    private final Counter rejected = Counts.counter(Counts.REJECTED);

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Candidate>> bucket, MultiOutputReceiver out) {
      Map<String, List<Candidate>> byId = new HashMap<>();
      bucket.getValue().forEach(c -> byId.computeIfAbsent(c.article().id(), id -> new ArrayList<>()).add(c));
      for (List<Candidate> candidates : byId.values()) {
        candidates.sort(Candidate.LISTING_ORDER);
        Article first = candidates.get(0).article();
        out.get(Tags.ARTICLES).output(first);
        for (Candidate duplicate : candidates.subList(1, candidates.size())) {
          rejected.inc();
          out.get(Tags.REJECTS)
              .output(new Reject(duplicate.article().source(), "duplicate article id " + first.id() + " (also in " + first.source() + ")"));
        }
      }
    }
  }
}
