package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.ArticleMetadata;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * manifest.csv of one input directory (columns article_id, outlet, published, url, title). A row
 * promises an article: a row that names no article file of the directory, names a path instead of
 * an id, or repeats an id is itself reported as a rejected input, so a manifest that disagrees
 * with the directory never goes unnoticed.
 */
final class Manifest {
  static final String FILE = "manifest.csv";

  private record Row(String source, ArticleMetadata metadata) {}

  private final Path dir;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final List<InputFile> badRows = new ArrayList<>();

  private Manifest(Path dir) {
    this.dir = dir;
  }

  /** A directory without a manifest (or with one that could not be read). */
  static Manifest none(Path dir) {
    return new Manifest(dir);
  }

  /** The directory's manifest; an empty one when there is none. */
  static Manifest read(Path dir) throws IOException {
    Manifest manifest = none(dir);
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      // A manifest that is there but cannot be read (a broken link, a directory) must be reported.
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("not a regular file");
      }
      return manifest;
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderMap().containsKey("article_id")) {
        throw new IOException("no article_id column in the header " + parser.getHeaderNames());
      }
      for (CSVRecord r : parser) {
        manifest.add(file + ":" + (r.getRecordNumber() + 1), r.get("article_id").strip(), r);
      }
    }
    return manifest;
  }

  private void add(String source, String id, CSVRecord r) {
    if (id.isEmpty()) {
      badRows.add(InputFile.unreadable(source, "manifest row has no article_id"));
    } else if (rows.containsKey(id)) {
      badRows.add(InputFile.unreadable(source, "manifest repeats article_id " + id + " (first at " + rows.get(id).source() + ")"));
    } else {
      rows.put(id, new Row(source, new ArticleMetadata(get(r, "outlet"), get(r, "published"), get(r, "url"), get(r, "title"))));
    }
  }

  ArticleMetadata metadata(String articleId) {
    Row row = rows.get(articleId);
    return row == null ? ArticleMetadata.NONE : row.metadata();
  }

  /** The rows that cannot describe an article, given the ids of the .txt files found in the directory. */
  List<InputFile> unmatched(Set<String> textIds) {
    List<InputFile> unmatched = new ArrayList<>(badRows);
    Path root = dir.toAbsolutePath().normalize();
    rows.forEach(
        (id, row) -> {
          if (!textIds.contains(id)) {
            unmatched.add(InputFile.unreadable(row.source(), whyUnmatched(root, id)));
          }
        });
    return unmatched;
  }

  private String whyUnmatched(Path root, String id) {
    // The id is only ever used as a file name: a path in it is a mistake or an attempt to read
    // elsewhere, and neither may be followed.
    try {
      return root.resolve(id).normalize().startsWith(root)
          ? "manifest names article " + id + " but there is no " + id + ".txt in " + dir
          : "manifest article_id " + id + " points outside the input directory";
    } catch (InvalidPathException e) {
      return "manifest article_id " + id + " is not a valid file name";
    }
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
  }
}
