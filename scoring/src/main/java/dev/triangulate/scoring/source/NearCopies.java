package dev.triangulate.scoring.source;

import dev.triangulate.scoring.claim.Upstream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups articles into copies of one original. Candidates come from shared LSH bands; a pair is a
 * copy when its estimated Jaccard similarity is at least {@link #THRESHOLD}; copies of copies
 * join one group, whose original is its earliest article (undated last, then by id).
 */
public final class NearCopies {
  /** Syndicated copy scores near 1; a light rewrite of a wire story still shares half its 5-word sequences. */
  public static final double THRESHOLD = 0.5;

  private static final Comparator<Fingerprint> ORIGINAL_FIRST =
      Comparator.comparing((Fingerprint f) -> f.published().isEmpty())
          .thenComparing(Fingerprint::published)
          .thenComparing(Fingerprint::articleId);

  private NearCopies() {}

  /** A pair of articles whose fingerprints are similar enough to count as copies. */
  private record Pair(Fingerprint a, Fingerprint b) {}

  /** Every article that is a near-copy, with the original it leans on; linear in articles. */
  public static Map<String, Upstream> find(List<Fingerprint> fingerprints) {
    Map<String, List<Fingerprint>> buckets = new HashMap<>();
    for (Fingerprint f : fingerprints) {
      f.bandKeys().forEach(key -> buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(f));
    }
    List<Pair> pairs = new ArrayList<>();
    buckets.values().stream().filter(b -> b.size() > 1).forEach(b -> pairs.addAll(pairsInBucket(b)));
    return originals(pairs);
  }

  /**
   * Pairs worth recording among articles sharing one band key. Each is compared with the bucket's
   * earliest member and its predecessor only: linear in the bucket, and copies chained through the
   * others still end up in one group.
   */
  private static List<Pair> pairsInBucket(List<Fingerprint> bucket) {
    List<Fingerprint> sorted = bucket.stream().sorted(ORIGINAL_FIRST).toList();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      addIfCopy(pairs, sorted.get(0), sorted.get(i));
      if (i > 1) {
        addIfCopy(pairs, sorted.get(i - 1), sorted.get(i));
      }
    }
    return pairs;
  }

  private static void addIfCopy(List<Pair> pairs, Fingerprint a, Fingerprint b) {
    if (!a.isEmpty() && a.similarity(b) >= THRESHOLD) {
      pairs.add(new Pair(a, b));
    }
  }

  /** Every article that is a copy, with the original it leans on (articles that are not copies are absent). */
  private static Map<String, Upstream> originals(List<Pair> pairs) {
    Map<String, Fingerprint> byId = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    for (Pair p : pairs) {
      byId.put(p.a().articleId(), p.a());
      byId.put(p.b().articleId(), p.b());
      union(parent, p.a().articleId(), p.b().articleId());
    }
    Map<String, List<Fingerprint>> groups = new TreeMap<>();
    for (Fingerprint f : byId.values()) {
      groups.computeIfAbsent(root(parent, f.articleId()), k -> new ArrayList<>()).add(f);
    }
    Map<String, Upstream> copies = new TreeMap<>();
    for (List<Fingerprint> group : groups.values()) {
      Fingerprint original = group.stream().min(ORIGINAL_FIRST).orElseThrow();
      for (Fingerprint f : group) {
        if (f != original) {
          copies.put(f.articleId(), Upstream.copyOf(original.outlet(), original.articleId()));
        }
      }
    }
    return copies;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (parent.containsKey(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
