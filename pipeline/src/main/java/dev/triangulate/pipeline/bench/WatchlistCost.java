package dev.triangulate.pipeline.bench;

import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.relation.ClaimRelations;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code triangulate bench watchlist [--data=DIR] [--limit=N] [--repeats=N]}: what reading whole
 * articles against a watchlist costs ({@link ClaimRelations}, the part of watchlist matching that
 * reads the whole article; sentence matching is inside the pipeline's timings): FNC-1's first N
 * bodies (default 1,000) against 250, 500 and 1,000 of its headlines as the watched claims, no
 * CoreNLP. Prints the median of the repeats per size and the time per article.
 */
final class WatchlistCost {
  private static final List<Integer> CLAIMS = List.of(250, 500, 1000);

  private WatchlistCost() {}

  static int run(Path data, long limit, int repeats) throws IOException {
    Path corpus = data.resolve("fnc1");
    if (!Files.isRegularFile(corpus.resolve("train_stances.csv"))) {
      System.err.println("triangulate bench: no FNC-1 data in " + corpus.toAbsolutePath().normalize() + " (use --data=DIR)");
      return 2;
    }
    List<String> bodies = FncBodies.read(corpus.resolve("train_bodies.csv"), limit == Long.MAX_VALUE ? 1000 : limit).stream()
        .map(FncBodies.Body::text).toList();
    List<String> headlines = headlines(corpus.resolve("train_stances.csv"));
    RelationModel model = RelationModel.standard();
    RelationFeatures features = RelationFeatures.standard();
    System.out.printf(Locale.ROOT, "watchlist cost: %d FNC-1 bodies, whole-article relation to each watched claim sharing a word, median of %d%n",
        bodies.size(), repeats);
    System.out.printf(Locale.ROOT, "%8s %10s %12s %14s%n", "claims", "related", "seconds", "ms per article");
    for (int n : CLAIMS) {
      TreeMap<String, String> claims = new TreeMap<>();
      headlines.stream().limit(n).forEach(h -> claims.put(String.format(Locale.ROOT, "C%04d", claims.size()), h));
      ClaimRelations relations = new ClaimRelations(claims, model, features);
      double[] seconds = new double[repeats];
      long related = 0;
      for (int r = 0; r < repeats; r++) {
        long started = System.nanoTime();
        related = 0;
        for (String body : bodies) {
          related += relations.related(body).size();
        }
        seconds[r] = (System.nanoTime() - started) / 1e9;
      }
      Arrays.sort(seconds);
      double median = seconds[repeats / 2];
      System.out.printf(Locale.ROOT, "%8d %10d %12.2f %14.2f%n", claims.size(), related, median, median * 1000 / bodies.size());
    }
    return 0;
  }

  /** FNC-1's distinct headlines in a fixed order that mixes stories: by SHA-256 of the text. */
  private static List<String> headlines(Path stances) throws IOException {
    TreeSet<String> distinct = new TreeSet<>();
    try (Reader reader = Files.newBufferedReader(stances, StandardCharsets.UTF_8)) {
      FncBodies.FORMAT.parse(reader).forEach(r -> distinct.add(r.get("Headline")));
    }
    List<String> out = new ArrayList<>(distinct);
    out.sort(Comparator.comparing(ClaimKey::idOf));
    return out;
  }
}
