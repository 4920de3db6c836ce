package dev.triangulate.pipeline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bag-of-words baseline: texts whose word sets have Jaccard similarity >= a threshold are
 * linked, and clusters are the connected components (single link). Similarities are computed once
 * so that a threshold sweep only re-runs the cheap union-find.
 */
final class JaccardClustering {
  /** Function words only: they would link unrelated headlines without saying anything about a claim. */
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "into", "over", "after", "about", "is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "could", "can", "it", "its", "this", "that", "he", "she", "his", "her",
      "they", "their", "s");

  private record Link(int a, int b, double similarity) {}

  private final List<String> ids;
  private final List<Link> links = new ArrayList<>();

  /** {@code texts}: id -> text; every id is clustered, also those without a single content word. */
  JaccardClustering(Map<String, String> texts) {
    ids = List.copyOf(texts.keySet());
    List<Set<String>> words = ids.stream().map(id -> tokens(texts.get(id))).toList();
    // Inverted index: only texts sharing a word can reach a positive similarity.
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      for (String word : words.get(i)) {
        postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String word : words.get(i)) {
        for (int j : postings.get(word)) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      int a = i;
      int size = words.get(a).size();
      shared.forEach((b, n) -> links.add(new Link(a, b, (double) n / (size + words.get(b).size() - n))));
    }
  }

  /** Lower-cased letter/digit runs minus the stop words. */
  static Set<String> tokens(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty() && !STOP_WORDS.contains(t))
        .collect(Collectors.toSet());
  }

  /** id -> cluster label (the id of one member), linking every pair with similarity >= threshold. */
  Map<String, String> cluster(double threshold) {
    int[] parent = new int[ids.size()];
    Arrays.setAll(parent, i -> i);
    for (Link link : links) {
      if (link.similarity() >= threshold) {
        parent[root(parent, link.a())] = root(parent, link.b());
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      labels.put(ids.get(i), ids.get(root(parent, i)));
    }
    return labels;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]]; // path halving keeps the trees shallow
      i = parent[i];
    }
    return i;
  }
}
