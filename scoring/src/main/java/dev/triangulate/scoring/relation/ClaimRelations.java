package dev.triangulate.scoring.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Which claims of a list an article is about, read from the whole article by the relation
 * model's first stage (related or not), so that an article that takes a claim up without one
 * sentence matching it closely is still found. Only claims that share a content word with the
 * article are scored (an inverted index over the claims' words), each claim read once: the cost
 * grows with the pairs that share a word, which on long bodies is nearly every pair
 * (BENCHMARKS.md).
 */
public final class ClaimRelations {
  private final RelationModel model;
  private final RelationFeatures features;
  private final List<String> ids = new ArrayList<>();
  private final List<RelationFeatures.Claim> prepared = new ArrayList<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  /** {@code claims}: claim id to its text. */
  public ClaimRelations(SortedMap<String, String> claims, RelationModel model, RelationFeatures features) {
    this.model = model;
    this.features = features;
    claims.forEach((id, text) -> {
      for (String word : new HashSet<>(TextTerms.content(TextTerms.tokens(text)))) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(ids.size());
      }
      ids.add(id);
      prepared.add(features.claim(text));
    });
  }

  /** The ids of the claims the article is related to, in id order. */
  public List<String> related(String article) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (String word : new HashSet<>(TextTerms.content(TextTerms.tokens(article)))) {
      candidates.addAll(byWord.getOrDefault(word, List.of()));
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    RelationFeatures.Article words = features.article(article);
    List<String> related = new ArrayList<>();
    for (int i : candidates) {
      if (model.relatedness(features.of(prepared.get(i), words)) >= 0.5) {
        related.add(ids.get(i));
      }
    }
    return related;
  }
}
