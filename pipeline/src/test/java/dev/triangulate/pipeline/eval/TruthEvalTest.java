package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthEvalTest {
  private static Headline headline(String article, String claim, String truth, String stance, String outlet) {
    return new Headline(article, claim, "claim " + claim, truth, stance, outlet, "headline " + article);
  }

  @Test
  void verdictsMapToTruthLabelsAndCountAgainstTheMajority() {
    List<Headline> headlines =
        List.of(
            headline("1", "T", "true", "for", "a.com"), headline("2", "F", "false", "against", "b.com"),
            headline("3", "U", "unknown", "observing", "c.com"), headline("4", "U2", "unknown", "for", "d.com"));
    PipelineRun.Outputs outputs =
        new PipelineRun.Outputs(
            List.of(), Map.of("T", "CORROBORATED", "F", "CONTESTED", "U", "UNVERIFIED", "U2", "CORROBORATED"),
            Map.of("T", 0.9, "F", 0.5), Map.of(), Map.of(), List.of(), 0);
    TruthEval.Result r = TruthEval.score(headlines, outputs);
    assertEquals(4, r.claims());
    assertEquals(2, r.right());
    assertEquals(0.5, r.accuracy());
    assertEquals("unknown", r.majorityLabel());
    assertEquals(0.5, r.majorityAccuracy());
    assertEquals(Map.of("unknown", 1), r.confusion().get("false"));
    assertEquals(0.9, r.meanConfidence().get("true"), 1e-12);
    assertEquals(0.5, r.meanConfidence().get("unknown"), 1e-12, "claims without a confidence count as 0.5");
  }

  @Test
  void outletsBackingFalseClaimsShouldRankLowInReliability() {
    List<Headline> headlines = new ArrayList<>();
    // good.com backs three true claims, mixed.com two true and one false, bad.com three false ones.
    String[][] backing = {{"good.com", "true", "true", "true"}, {"mixed.com", "true", "true", "false"}, {"bad.com", "false", "false", "false"}};
    int article = 0;
    for (String[] row : backing) {
      for (int i = 1; i < row.length; i++) {
        headlines.add(headline(String.valueOf(article++), row[0] + i, row[i], "for", row[0]));
      }
    }
    headlines.add(headline("x", "few", "false", "for", "rare.com"));
    PipelineRun.Outputs outputs =
        new PipelineRun.Outputs(List.of(), Map.of(), Map.of(), Map.of("good.com", 0.8, "mixed.com", 0.6, "bad.com", 0.3, "rare.com", 0.1), Map.of(), List.of(), 0);
    TruthEval.Result r = TruthEval.score(headlines, outputs);
    assertEquals(3, r.outlets(), "rare.com backs fewer than " + TruthEval.MIN_BACKED);
    assertEquals(-1.0, r.spearman(), 1e-12);
    assertEquals(0.3, r.reliabilityOfOftenWrong(), 1e-12);
    assertTrue(r.reliabilityOfOthers() > r.reliabilityOfOftenWrong());
  }
}
