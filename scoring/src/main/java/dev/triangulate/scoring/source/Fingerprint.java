package dev.triangulate.scoring.source;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.triangulate.scoring.article.Article;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an article's wording: the minimum, under each of {@link #HASHES} hash
 * functions, over its overlapping {@link #SHINGLE}-word sequences. The share of equal slots of
 * two signatures estimates the Jaccard similarity of their shingle sets (Broder 1997), so
 * syndicated copy and light rewrites can be found without comparing texts pairwise.
 */
public record Fingerprint(String articleId, String outlet, String published, long[] minima) implements Serializable {
  static final int SHINGLE = 5;
  static final int BANDS = 40;
  static final int ROWS = 3;
  static final int HASHES = BANDS * ROWS;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final HashFunction SHINGLE_HASH = Hashing.murmur3_128(20211);

  public static Fingerprint of(Article article) {
    String text = (article.title() + " " + article.body()).toLowerCase(Locale.ROOT);
    List<String> words = Arrays.stream(NON_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
    long[] minima = new long[HASHES];
    Arrays.fill(minima, Long.MAX_VALUE);
    int width = Math.min(SHINGLE, words.size());
    for (int start = 0; width > 0 && start + width <= words.size(); start++) {
      long shingle = SHINGLE_HASH.hashString(String.join(" ", words.subList(start, start + width)), StandardCharsets.UTF_8).asLong();
      for (int i = 0; i < HASHES; i++) {
        minima[i] = Math.min(minima[i], mix(shingle + i * 0x9E3779B97F4A7C15L));
      }
    }
    return new Fingerprint(article.id(), article.outlet(), article.published(), minima);
  }

  /** A text without a single word has nothing to be a copy of. */
  public boolean isEmpty() {
    return minima.length == 0 || minima[0] == Long.MAX_VALUE;
  }

  /**
   * Locality-sensitive hashing: one key per band of {@link #ROWS} slots. Two texts share a key with
   * probability 1 - (1 - J^3)^40: 0.99 at Jaccard 0.5, under 0.04 at 0.1, so only likely copies are
   * ever compared.
   */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      StringBuilder key = new StringBuilder().append(b);
      for (int r = b * ROWS; r < (b + 1) * ROWS; r++) {
        key.append(':').append(Long.toHexString(minima[r]));
      }
      keys.add(key.toString());
    }
    return keys;
  }

  /** Estimated Jaccard similarity of the two texts' shingles. */
  public double similarity(Fingerprint other) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minima[i] == other.minima[i]) {
        equal++;
      }
    }
    return (double) equal / HASHES;
  }

  /** SplitMix64's finaliser: a different, well-mixed hash function per slot from one shingle hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
