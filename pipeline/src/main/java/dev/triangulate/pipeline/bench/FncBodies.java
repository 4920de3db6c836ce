package dev.triangulate.pipeline.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The FNC-1 article bodies ({@code Body ID,articleBody}, RFC 4180 with multi-line quoted bodies),
 * read at run time: the data is never copied into the project.
 */
public final class FncBodies {
  /** FNC-1's CSV files: RFC 4180 with a header, quoted fields spanning lines. */
  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

  public record Body(String id, String text) {}

  private FncBodies() {}

  /** The first {@code limit} bodies, in file order. */
  public static List<Body> read(Path file, long limit) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return FORMAT.parse(reader).stream()
          .limit(limit)
          .map(r -> new Body(r.get("Body ID").strip(), r.get("articleBody")))
          .toList();
    }
  }
}
