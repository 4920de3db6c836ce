package dev.triangulate.scoring.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * In how many articles of a reference corpus each content word occurs: the inverse document
 * frequencies of {@link RelationFeatures}. The relation model is fitted with the frequencies of
 * FNC-1's 1,683 bodies and must read every article with the same ones, whatever the size of the
 * night's corpus (IDF over the five seeds would make every word rare), so they are committed
 * beside its weights ({@link #RESOURCE}, written by {@code ./triangulate train stance}). Words in
 * fewer than {@link #MIN_ARTICLES} articles are left out to keep the file small; they count as
 * in none.
 */
public final class DocumentFrequencies {
  public static final String RESOURCE = "relation-idf.tsv";
  static final int MIN_ARTICLES = 2;

  private final int articles;
  private final Map<String, Integer> counts;

  private DocumentFrequencies(int articles, Map<String, Integer> counts) {
    this.articles = articles;
    this.counts = counts;
  }

  /** The frequencies of the content words of {@code texts}. */
  public static DocumentFrequencies of(Collection<String> texts) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String text : texts) {
      for (String t : new HashSet<>(TextTerms.content(TextTerms.tokens(text)))) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    counts.values().removeIf(n -> n < MIN_ARTICLES);
    return new DocumentFrequencies(texts.size(), counts);
  }

  int articles() {
    return articles;
  }

  int of(String term) {
    return counts.getOrDefault(term, 0);
  }

  /** A first line {@code articles <n>}, then {@code word <tab> count} in word order. */
  public String write() {
    StringBuilder out = new StringBuilder("articles\t").append(articles).append('\n');
    counts.forEach((word, n) -> out.append(word).append('\t').append(n).append('\n'));
    return out.toString();
  }

  public static DocumentFrequencies read(InputStream in) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] head = Objects.requireNonNullElse(reader.readLine(), "").split("\t");
      if (head.length != 2 || !head[0].equals("articles")) {
        throw new IOException("document frequencies start with 'articles <n>', not " + String.join(" ", head));
      }
      Map<String, Integer> counts = new TreeMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] r = line.split("\t");
        if (r.length != 2) {
          throw new IOException("document frequency line is not 'word <tab> count': " + line);
        }
        counts.put(r[0], Integer.parseInt(r[1]));
      }
      return new DocumentFrequencies(Integer.parseInt(head[1]), counts);
    }
  }

  /** The committed frequencies, those the committed model was fitted with. */
  public static DocumentFrequencies standard() {
    try (InputStream in = Objects.requireNonNull(DocumentFrequencies.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
