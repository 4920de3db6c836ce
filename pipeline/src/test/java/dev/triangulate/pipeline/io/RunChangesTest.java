package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChangesTest {
  @TempDir Path tmp;

  private Path run(String name, String verdicts, String mentions) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("verdicts.csv"), "claim_id,claim,verdict,outlet_names\r\n" + verdicts);
    Files.writeString(dir.resolve("mentions.csv"), "claim_id,outlet,stance\r\n" + mentions);
    return dir;
  }

  @Test
  void everyKindOfChangeIsOneSortedRow() throws IOException {
    Path before = run("before",
        "k1,Kept claim,CORROBORATED,A;B\r\nk2,Turned claim,CORROBORATED,A;B\r\nd1,Dropped claim,SINGLE_SOURCE,A\r\n",
        "k1,A,SUPPORTS\r\nk1,B,SUPPORTS\r\nk2,A,SUPPORTS\r\nk2,B,REFUTES\r\nd1,A,SUPPORTS\r\n");
    // Written with --excelBom: the comparison must not care.
    Path after = run("after",
        "k1,Kept claim,CORROBORATED,A;B\r\nk2,Turned claim,CONTESTED,A;B;C;D\r\nn1,\"New, \"\"quoted\"\" claim\",SINGLE_SOURCE,C\r\n",
        "k1,A,SUPPORTS\r\nk1,B,SUPPORTS\r\nk2,A,SUPPORTS\r\nk2,B,REFUTES\r\nk2,D,REFUTES\r\nk2,C,REFUTES\r\nn1,C,REFUTES\r\n");
    Files.writeString(after.resolve("verdicts.csv"), CsvTables.BOM + Files.readString(after.resolve("verdicts.csv")));

    RunChanges.write(before, new CsvOutput(after, false));

    assertEquals(
        "change,claim_id,claim,before,after,outlets\r\n"
            + "NEW_CLAIM,n1,\"New, \"\"quoted\"\" claim\",,SINGLE_SOURCE,C\r\n"
            + "VERDICT_CHANGED,k2,Turned claim,CORROBORATED,CONTESTED,A;B;C;D\r\n"
            + "NEWLY_CONTRADICTED_BY,k2,Turned claim,CORROBORATED,CONTESTED,C\r\n"
            + "NEWLY_CONTRADICTED_BY,k2,Turned claim,CORROBORATED,CONTESTED,D\r\n"
            + "DROPPED_CLAIM,d1,Dropped claim,SINGLE_SOURCE,,A\r\n",
        Files.readString(after.resolve(RunChanges.CHANGES_CSV)));
  }

  @Test
  void aDirectoryWithoutARunsTablesIsRefusedWithTheReason() throws IOException {
    IOException missing = assertThrows(IOException.class, () -> RunChanges.read(tmp.resolve("nowhere")));
    assertTrue(missing.getMessage().contains("no readable verdicts.csv"), missing.getMessage());
    Path wrong = run("wrong", "", "");
    Files.writeString(wrong.resolve("verdicts.csv"), "id,text\r\n");
    IOException columns = assertThrows(IOException.class, () -> RunChanges.read(wrong));
    assertTrue(columns.getMessage().endsWith("has no column claim_id, claim, verdict, outlet_names"), columns.getMessage());
  }
}
