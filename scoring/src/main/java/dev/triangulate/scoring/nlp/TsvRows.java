package dev.triangulate.scoring.nlp;

import com.google.common.base.Splitter;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The team's lexicon files: tab-separated rows; blank lines and {@code #} comments skipped. */
final class TsvRows {
  private static final Splitter TABS = Splitter.on('\t');

  private TsvRows() {}

  /** The rows of a resource beside this class, each split into its columns. */
  static List<List<String>> read(String resource) {
    String tsv;
    try {
      tsv = Resources.toString(Resources.getResource(TsvRows.class, resource), StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException(resource + " missing from the classpath", e));
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(TABS.splitToList(line.strip()));
      }
    }
    return rows;
  }
}
