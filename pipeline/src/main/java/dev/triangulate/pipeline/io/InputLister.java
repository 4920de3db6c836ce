package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.ArticleMetadata;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Expands the --input values into the files to read, in a stable order. Runs in the launcher,
 * before the pipeline: listing is cheap and its order decides nothing but the log.
 */
public final class InputLister {
  static final String MANIFEST = "manifest.csv";

  private InputLister() {}

  public static List<InputFile> list(List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        files.addAll(directory(path));
      } else if (Files.isRegularFile(path)) {
        files.add(file(path, Map.of()));
      } else {
        files.add(InputFile.unreadable(input, "input does not exist"));
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return files;
  }

  private static List<InputFile> directory(Path dir) {
    List<InputFile> files = new ArrayList<>();
    Map<String, ArticleMetadata> manifest;
    try {
      manifest = manifest(dir.resolve(MANIFEST));
    } catch (IOException | RuntimeException e) {
      files.add(InputFile.unreadable(dir.resolve(MANIFEST).toString(), "manifest.csv unreadable: " + e.getMessage()));
      manifest = Map.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isRegularFile(child) && !child.getFileName().toString().equals(MANIFEST)) {
          files.add(file(child, manifest));
        }
      }
    } catch (IOException e) {
      files.add(InputFile.unreadable(dir.toString(), "directory unreadable: " + e.getMessage()));
    }
    return files;
  }

  private static InputFile file(Path path, Map<String, ArticleMetadata> manifest) {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      String id = name.substring(0, name.length() - 4);
      return new InputFile(path.toString(), InputFile.Kind.TEXT, manifest.getOrDefault(id, ArticleMetadata.NONE), "");
    }
    if (lower.endsWith(".jsonl")) {
      return new InputFile(path.toString(), InputFile.Kind.JSONL, ArticleMetadata.NONE, "");
    }
    return InputFile.unreadable(path.toString(), "not an article file (expected .txt or .jsonl)");
  }

  /** article_id -> metadata from manifest.csv (columns article_id, outlet, published, url, title). */
  static Map<String, ArticleMetadata> manifest(Path file) throws IOException {
    Map<String, ArticleMetadata> rows = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : format.parse(reader)) {
        rows.put(
            r.get("article_id").strip(),
            new ArticleMetadata(get(r, "outlet"), get(r, "published"), get(r, "url"), get(r, "title")));
      }
    }
    return rows;
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
  }
}
