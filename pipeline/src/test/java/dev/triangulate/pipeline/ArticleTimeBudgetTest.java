package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article CoreNLP would spend minutes on is rejected once its budget is spent; the run completes. */
class ArticleTimeBudgetTest {
  @TempDir Path tmp;

  @Test
  void articleOverBudgetGoesToRejects() throws IOException {
    // About 60,000 tokens: tens of seconds of CoreNLP on any machine, against a budget of one.
    StringBuilder text = new StringBuilder("Long report\n\n");
    for (int i = 0; i < 3000; i++) {
      text.append("Officials in district ").append(i).append(" said on Monday that the council would review plan ")
          .append(i).append(" before the end of the year. ");
    }
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("long.txt"), text);
    Path out = tmp.resolve("out");

    assertEquals(0, Main.run(new String[] {"--input=" + input, "--output=" + out, "--articleTimeBudgetSeconds=1"}));

    List<CSVRecord> rejects = OutputTables.read(out.resolve("rejects.csv"));
    assertEquals(1, rejects.size());
    assertEquals("NLP time budget exceeded (1s)", rejects.get(0).get("reason"));
    assertEquals(List.of(), OutputTables.read(out.resolve("articles.csv")));
  }

  @Test
  void budgetMustBePositive() {
    assertEquals(2, Main.run(new String[] {"--input=" + tmp, "--articleTimeBudgetSeconds=0"}));
  }
}
