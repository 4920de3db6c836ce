package dev.triangulate.pipeline.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A seeded random sample of the claims a run found in two or more articles, each with its
 * member sentences and their stances, printed for a person to judge: is the label a readable
 * statement, does each sentence make or deny it, is the stance right.
 */
final class ClaimSample {
  private ClaimSample() {}

  static String draw(PipelineRun.Outputs outputs, int size, long seed) {
    Map<String, List<PipelineRun.MentionRow>> byClaim = new TreeMap<>();
    outputs.mentions().forEach(m -> byClaim.computeIfAbsent(m.claimId(), k -> new ArrayList<>()).add(m));
    List<String> crossArticle = new ArrayList<>();
    byClaim.forEach((id, mentions) -> {
      Set<String> articles = new TreeSet<>();
      mentions.forEach(m -> articles.add(m.articleId()));
      if (articles.size() >= 2) {
        crossArticle.add(id);
      }
    });
    Collections.shuffle(crossArticle, new Random(seed));
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d claims in two or more articles; a sample of %d (seed %d):%n", crossArticle.size(), Math.min(size, crossArticle.size()), seed));
    int n = 0;
    for (String id : crossArticle.subList(0, Math.min(size, crossArticle.size()))) {
      out.append(String.format("%n%d. %s  %s  [%s]%n", ++n, id, outputs.claims().get(id), outputs.verdicts().get(id)));
      for (PipelineRun.MentionRow m : byClaim.get(id)) {
        out.append(String.format("   - %s %s: %s%n", m.articleId(), m.stance(), m.sentence().replaceAll("\\s+", " ")));
      }
    }
    return out.toString();
  }
}
