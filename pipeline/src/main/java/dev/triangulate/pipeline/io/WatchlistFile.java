package dev.triangulate.pipeline.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The fact-checkers' claims.csv: columns {@code claim_id,claim}, one claim a row. A file that
 * cannot be trusted (missing columns, empty or duplicate ids, empty claims) stops the run before
 * it starts: a watchlist silently missing a claim would report NO_COVERAGE for nothing.
 */
public final class WatchlistFile {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

  /** One listed claim. */
  public record Entry(String id, String text) implements Serializable {}

  /** A claims file the run refuses, with the line and the reason. */
  public static final class InvalidException extends IllegalArgumentException {
    InvalidException(String message) {
      super(message);
    }
  }

  private WatchlistFile() {}

  /** The listed claims in file order; an empty path means no watchlist. */
  public static List<Entry> read(String path) throws IOException {
    if (path == null || path.isBlank()) {
      return List.of();
    }
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      throw new InvalidException("claims file " + path + " does not exist or is not a file");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = FORMAT.parse(reader);
      if (!parser.getHeaderNames().containsAll(List.of("claim_id", "claim"))) {
        throw new InvalidException("claims file " + path + " needs the columns claim_id,claim; found " + parser.getHeaderNames());
      }
      for (CSVRecord r : parser) {
        String id = r.isSet("claim_id") ? r.get("claim_id") : "";
        String text = r.isSet("claim") ? r.get("claim") : "";
        if (id.isEmpty() || text.isEmpty()) {
          throw new InvalidException("claims file " + path + " line " + r.getRecordNumber() + ": empty claim_id or claim");
        }
        if (!ids.add(id)) {
          throw new InvalidException("claims file " + path + ": claim_id " + id + " listed twice");
        }
        entries.add(new Entry(id, text));
      }
    } catch (UncheckedIOException e) {
      throw new InvalidException("claims file " + path + " is not valid CSV: " + e.getMessage());
    }
    return entries;
  }
}
