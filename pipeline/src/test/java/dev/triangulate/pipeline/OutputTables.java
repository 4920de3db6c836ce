package dev.triangulate.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an output CSV back the way a spreadsheet would: header row, then records by column name. */
final class OutputTables {
  /** Every output a run writes whose bytes must not depend on the runner or the run. */
  static final List<String> DETERMINISTIC =
      List.of("verdicts.csv", "mentions.csv", "articles.csv", "outlets.csv", "rejects.csv", "report.html", "claimreview.jsonl");

  private OutputTables() {}

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  /** Runs the job with the direct runner and returns its exit status. */
  static int run(Path output, String... inputs) {
    String[] args = new String[inputs.length + 1];
    for (int i = 0; i < inputs.length; i++) {
      args[i] = "--input=" + inputs[i];
    }
    args[inputs.length] = "--output=" + output;
    return Main.run(args);
  }
}
