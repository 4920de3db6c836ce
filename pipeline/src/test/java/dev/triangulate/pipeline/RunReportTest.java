package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reconciliation Main refuses to publish without: counters against each other and against the rows written. */
class RunReportTest {
  private static RunReport report(long inputs, long articles, long rejected, long articleRows, long rejectRows) {
    return new RunReport(
        Map.of("inputs", inputs, "articles", articles, "rejected", rejected),
        Map.of(),
        Map.of("articles.csv", articleRows, "rejects.csv", rejectRows));
  }

  @Test
  void everyInputAccountedForReconciles() {
    RunReport report = report(5, 3, 2, 3, 2);
    assertTrue(report.reconciles());
    assertEquals("", report.discrepancy());
  }

  @Test
  void anInputThatVanishedBetweenStagesIsNamed() {
    RunReport report = report(5, 3, 1, 3, 1);
    assertFalse(report.reconciles());
    assertEquals("5 inputs but 3 articles + 1 rejected", report.discrepancy());
  }

  @Test
  void rowsMissingFromTheTablesAreNamedEvenWhenTheCountersAgree() {
    RunReport report = report(5, 3, 2, 2, 1);
    assertFalse(report.reconciles());
    assertEquals("3 articles but 2 rows in articles.csv; 2 rejected but 1 rows in rejects.csv", report.discrepancy());
  }
}
