package dev.triangulate.pipeline.eval;

import dev.triangulate.pipeline.bench.FncBodies;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Story linking on FNC-1 article bodies: do two articles of one story share a discovered claim,
 * and do two articles of different stories not? Two bodies belong to one story when both are
 * related (agree, disagree or discuss) to one FNC-1 headline. Scored pairwise beside a TF-IDF
 * cosine of the two whole documents at its best threshold, the plain baseline for the task.
 */
final class StoryEval {
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+");

  /** Pairwise precision, recall and F1 of one way of linking articles. */
  record Linking(String system, long predicted, long correct, long gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The scores, the claims each article yields and the run itself, for the sample of claims. */
  record Result(int bodies, long goldPairs, Linking claims, Linking cosineBest, Linking cosineAtClaimsPrecision,
      List<Integer> claimsPerArticle, PipelineRun.Outputs outputs) {}

  private StoryEval() {}

  static Result run(Path fnc1, long limit, List<String> pipelineArgs) throws IOException {
    List<FncBodies.Body> bodies = FncBodies.read(fnc1.resolve("train_bodies.csv"), limit);
    Set<String> ids = new TreeSet<>();
    bodies.forEach(b -> ids.add(b.id()));
    Set<Long> gold = storyPairs(fnc1.resolve("train_stances.csv"), bodies);
    PipelineRun.Outputs outputs =
        PipelineRun.runArticles(bodies.stream().map(b -> Map.of("id", b.id(), "text", b.text())).toList(), List.of(), pipelineArgs);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      index.put(bodies.get(i).id(), i);
    }
    Map<String, Set<Integer>> articlesByClaim = new TreeMap<>();
    Map<Integer, Set<String>> claimsByArticle = new TreeMap<>();
    for (PipelineRun.MentionRow m : outputs.mentions()) {
      int article = index.get(m.articleId());
      articlesByClaim.computeIfAbsent(m.claimId(), k -> new TreeSet<>()).add(article);
      claimsByArticle.computeIfAbsent(article, k -> new TreeSet<>()).add(m.claimId());
    }
    Set<Long> linked = pairsWithin(articlesByClaim.values(), bodies.size());
    Linking claims = score("shared claim", linked, gold);
    double[] cosines = cosines(bodies);
    Linking best = null;
    Linking atPrecision = null;
    for (int hundredths = 1; hundredths < 100; hundredths++) {
      double threshold = hundredths / 100.0;
      Set<Long> above = new HashSet<>();
      for (int i = 0; i < cosines.length; i++) {
        if (cosines[i] >= threshold) {
          above.add((long) i);
        }
      }
      Linking l = score(String.format(Locale.ROOT, "tf-idf cosine >= %.2f", threshold), above, gold);
      if (best == null || l.f1() > best.f1()) {
        best = l;
      }
      if (atPrecision == null && l.precision() >= claims.precision()) {
        atPrecision = l;
      }
    }
    List<Integer> perArticle = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      perArticle.add(claimsByArticle.getOrDefault(i, Set.of()).size());
    }
    return new Result(bodies.size(), gold.size(), claims, best, atPrecision, perArticle, outputs);
  }

  /** Every pair of bodies that share a group, indexed as {@link #pair}. */
  private static Set<Long> pairsWithin(Collection<Set<Integer>> groups, int n) {
    Set<Long> pairs = new HashSet<>();
    for (Set<Integer> group : groups) {
      List<Integer> list = new ArrayList<>(group);
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          pairs.add(pair(list.get(x), list.get(y), n));
        }
      }
    }
    return pairs;
  }

  /** Pairs of the given bodies that are both related to one headline. */
  private static Set<Long> storyPairs(Path stances, List<FncBodies.Body> bodies) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      index.put(bodies.get(i).id(), i);
    }
    Map<String, Set<Integer>> byHeadline = new TreeMap<>();
    try (Reader reader = Files.newBufferedReader(stances, StandardCharsets.UTF_8)) {
      for (CSVRecord r : READ.parse(reader)) {
        Integer body = index.get(r.get("Body ID").strip());
        if (body != null && !r.get("Stance").equals("unrelated")) {
          byHeadline.computeIfAbsent(r.get("Headline"), k -> new TreeSet<>()).add(body);
        }
      }
    }
    return pairsWithin(byHeadline.values(), bodies.size());
  }

  private static long pair(int a, int b, int n) {
    return (long) Math.min(a, b) * n + Math.max(a, b);
  }

  private static Linking score(String system, Set<Long> predicted, Set<Long> gold) {
    long correct = predicted.stream().filter(gold::contains).count();
    return new Linking(system, predicted.size(), correct, gold.size());
  }

  /**
   * The cosine of every pair's TF-IDF vectors (log term frequency, idf = ln(N / df), words
   * lower-cased), indexed as {@link #pair}; computed through an inverted index, so only pairs
   * sharing a word cost anything.
   */
  private static double[] cosines(List<FncBodies.Body> bodies) {
    int n = bodies.size();
    List<Map<String, Double>> vectors = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (FncBodies.Body b : bodies) {
      Map<String, Double> tf = new TreeMap<>();
      Matcher m = WORD.matcher(b.text().toLowerCase(Locale.ROOT));
      while (m.find()) {
        tf.merge(m.group(), 1.0, Double::sum);
      }
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      vectors.add(tf);
    }
    List<Map<String, Double>> weighted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> w = new TreeMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
        double value = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
        w.put(e.getKey(), value);
        norm += value * value;
      }
      double length = Math.sqrt(norm);
      w.replaceAll((t, v) -> length == 0 ? 0 : v / length);
      weighted.add(w);
    }
    double[] cosine = new double[n * n];
    Map<String, List<Integer>> byTerm = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String t : weighted.get(i).keySet()) {
        byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> e : byTerm.entrySet()) {
      List<Integer> docs = e.getValue();
      for (int x = 0; x < docs.size(); x++) {
        double wx = weighted.get(docs.get(x)).get(e.getKey());
        if (wx == 0) {
          continue;
        }
        for (int y = x + 1; y < docs.size(); y++) {
          cosine[(int) pair(docs.get(x), docs.get(y), n)] += wx * weighted.get(docs.get(y)).get(e.getKey());
        }
      }
    }
    return cosine;
  }

  static String describe(List<Integer> perArticle) {
    int[] sorted = perArticle.stream().mapToInt(Integer::intValue).sorted().toArray();
    if (sorted.length == 0) {
      return "no articles";
    }
    double mean = Arrays.stream(sorted).average().orElse(0);
    return String.format(Locale.ROOT, "mean %.1f, median %d, 10th percentile %d, 90th percentile %d, none %d of %d",
        mean, sorted[sorted.length / 2], sorted[sorted.length / 10], sorted[sorted.length * 9 / 10],
        Arrays.stream(sorted).filter(c -> c == 0).count(), sorted.length);
  }
}
