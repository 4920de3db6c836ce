package dev.triangulate.pipeline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * changes.csv: what a nightly reader needs to look at since the previous run. Both runs are read
 * from their own verdicts.csv and mentions.csv, so the comparison sees exactly what a reader of
 * either run's tables sees (same cells, same neutralised formulas, with or without a BOM).
 */
public final class RunChanges {
  public static final String CHANGES_CSV = "changes.csv";

  /** Row order of changes.csv: kind first, so that a reader finds all new claims together. */
  public enum Change {
    NEW_CLAIM,
    VERDICT_CHANGED,
    /** One row per outlet that refutes the claim now and did not in the previous run. */
    NEWLY_CONTRADICTED_BY,
    DROPPED_CLAIM
  }

  private static final List<String> VERDICT_COLUMNS = List.of("claim_id", "claim", "verdict", "outlet_names");
  private static final List<String> MENTION_COLUMNS = List.of("claim_id", "outlet", "stance");

  /** One claim of one run: its verdict, its outlets and those of them that refute it. */
  public record ClaimState(String claim, String verdict, String outlets, SortedSet<String> contradictedBy) {}

  private record Row(Change change, String claimId, String claim, String before, String after, String outlets) {}

  private RunChanges() {}

  /**
   * The claims of the run whose outputs are in {@code dir}, by claim id; fails with a message
   * fit for the command line when {@code dir} holds no readable outputs of a run.
   */
  public static Map<String, ClaimState> read(Path dir) throws IOException {
    for (String table : List.of("verdicts.csv", "mentions.csv")) {
      if (!Files.isReadable(dir.resolve(table))) {
        throw new IOException(dir + " holds no readable " + table + " (expected the outputs of an earlier run)");
      }
    }
    Map<String, SortedSet<String>> refuting = new TreeMap<>();
    for (CSVRecord m : CsvTables.read(dir.resolve("mentions.csv"), MENTION_COLUMNS)) {
      if (m.get("stance").equals("REFUTES")) {
        refuting.computeIfAbsent(m.get("claim_id"), k -> new TreeSet<>()).add(m.get("outlet"));
      }
    }
    Map<String, ClaimState> claims = new TreeMap<>();
    for (CSVRecord v : CsvTables.read(dir.resolve("verdicts.csv"), VERDICT_COLUMNS)) {
      claims.put(v.get("claim_id"), new ClaimState(
          v.get("claim"), v.get("verdict"), v.get("outlet_names"),
          refuting.getOrDefault(v.get("claim_id"), new TreeSet<>())));
    }
    return claims;
  }

  /** Compares the run whose tables are already in {@code out} with the one in {@code previous}. */
  public static void write(Path previous, CsvOutput out) throws IOException {
    List<Row> rows = compare(read(previous), read(out.path()));
    CsvTables.write(out.resolve(CHANGES_CSV),
        List.of("change", "claim_id", "claim", "before", "after", "outlets"),
        rows.stream()
            .map(r -> List.<Object>of(r.change().name(), r.claimId(), r.claim(), r.before(), r.after(), r.outlets()))
            .toList());
  }

  private static List<Row> compare(Map<String, ClaimState> before, Map<String, ClaimState> after) {
    List<Row> rows = new ArrayList<>();
    after.forEach((id, now) -> {
      ClaimState then = before.get(id);
      if (then == null) {
        // Every outlet refuting a new claim is new too; the NEW_CLAIM row and its verdict say it.
        rows.add(new Row(Change.NEW_CLAIM, id, now.claim(), "", now.verdict(), now.outlets()));
        return;
      }
      if (!then.verdict().equals(now.verdict())) {
        rows.add(new Row(Change.VERDICT_CHANGED, id, now.claim(), then.verdict(), now.verdict(), now.outlets()));
      }
      Set<String> newlyRefuting = new TreeSet<>(now.contradictedBy());
      newlyRefuting.removeAll(then.contradictedBy());
      for (String outlet : newlyRefuting) {
        rows.add(new Row(Change.NEWLY_CONTRADICTED_BY, id, now.claim(), then.verdict(), now.verdict(), outlet));
      }
    });
    before.forEach((id, then) -> {
      if (!after.containsKey(id)) {
        rows.add(new Row(Change.DROPPED_CLAIM, id, then.claim(), then.verdict(), "", then.outlets()));
      }
    });
    rows.sort(Comparator.comparing(Row::change).thenComparing(Row::claim).thenComparing(Row::claimId).thenComparing(Row::outlets));
    return rows;
  }
}
