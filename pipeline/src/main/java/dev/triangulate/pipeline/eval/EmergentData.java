package dev.triangulate.pipeline.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the Emergent train.csv at run time. The data is never copied into the project (see
 * ../shared/data/README.md), so nothing here knows any of its claims, outlets or headlines.
 */
final class EmergentData {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  private EmergentData() {}

  /** The first {@code limit} rows, in file order. */
  static List<Headline> read(Path file, long limit) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return FORMAT.parse(reader).stream()
          .limit(limit)
          .map(r -> new Headline(
              r.get("article_id").strip(), r.get("claim_id").strip(), r.get("claim").strip(), r.get("claim_truth").strip(), r.get("stance").strip(),
              r.get("outlet").strip(), r.get("article_headline")))
          .toList();
    }
  }
}
