package dev.triangulate.scoring.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features of one (claim, article) pair the relation model reads, all computed without
 * CoreNLP so that tens of thousands of pairs take seconds: how much of the claim the article and
 * its best sentences cover (TF-IDF cosines, weighted term and bigram overlap), and the cues of
 * denial, hedging and negation in the article and in the sentences closest to the claim. The
 * cue words are the team's own short lists. Inverse document frequencies come from a reference
 * corpus ({@link DocumentFrequencies}): words only, no labels, so counting them on every article
 * of an evaluation leaks nothing.
 */
public final class RelationFeatures {
  public static final List<String> NAMES = List.of(
      "cosine", "best_sentence_cosine", "top3_sentence_cosine", "lead_cosine", "claim_terms_covered",
      "claim_bigrams_covered", "best_sentence_cosine_squared", "log_length", "denial_cues_per_sentence",
      "denial_cues_top3", "hedge_cues_per_sentence", "hedge_cues_top3", "negations_top3", "claim_denial_cue",
      "claim_hedge_cue", "claim_question");

  private static final Set<String> DENIAL = stems(
      "fake", "hoax", "false", "falsely", "deny", "denies", "denied", "denial", "debunk", "debunked", "untrue", "fabricated",
      "fraud", "bogus", "retract", "retracted", "satire", "satirical", "prank", "misleading", "doubt", "dismissed",
      "refute", "refuted", "rejected", "baseless", "myth", "nonsense", "lie", "lies", "wrong", "incorrect");
  private static final Set<String> HEDGE = stems(
      "reportedly", "allegedly", "alleged", "claim", "claims", "claimed", "rumor", "rumour", "rumors", "rumours",
      "unconfirmed", "unverified", "according", "appears", "apparently", "purportedly", "purported", "may", "might",
      "could", "possibly", "possible", "speculation", "suggest", "suggests", "believed", "reports");
  private static final Set<String> NEGATION = stems(
      "not", "no", "never", "don't", "doesn't", "isn't", "wasn't", "didn't", "won't", "can't", "nobody", "nothing", "none");

  private final DocumentFrequencies df;

  public RelationFeatures(DocumentFrequencies df) {
    this.df = df;
  }

  /** The features the committed model reads: with the committed document frequencies, read once per JVM. */
  public static RelationFeatures standard() {
    return Committed.FEATURES;
  }

  private static final class Committed {
    static final RelationFeatures FEATURES = new RelationFeatures(DocumentFrequencies.standard());
  }

  /** An article read once, to be compared with many claims. */
  public final class Article {
    private final Map<String, Double> vector;
    private final List<Map<String, Double>> sentenceVectors;
    private final List<List<String>> sentenceTokens;
    private final Map<String, Double> lead;
    private final Set<String> terms;
    private final Set<String> bigrams;
    private final double denialsPerSentence;
    private final double hedgesPerSentence;
    private final int length;
    private final List<String> words;

    public Article(String text) {
      List<String> tokens = TextTerms.tokens(text);
      List<String> content = TextTerms.content(tokens);
      vector = tfidf(content);
      sentenceTokens = TextTerms.sentences(text).stream().map(TextTerms::tokens).toList();
      sentenceVectors = sentenceTokens.stream().map(s -> tfidf(TextTerms.content(s))).toList();
      lead = tfidf(sentenceTokens.stream().limit(2).flatMap(s -> TextTerms.content(s).stream()).toList());
      terms = new HashSet<>(content);
      bigrams = bigrams(content);
      int sentences = Math.max(1, sentenceTokens.size());
      denialsPerSentence = (double) count(tokens, DENIAL) / sentences;
      hedgesPerSentence = (double) count(tokens, HEDGE) / sentences;
      length = content.size();
      words = new java.util.TreeSet<>(tokens).stream().toList();
    }
  }

  /** A pair's features: the dense ones of {@link #NAMES}, and the article's distinct words (sorted). */
  public record Pair(double[] dense, List<String> words) {}

  public Article article(String text) {
    return new Article(text);
  }

  /** A claim read once, to be compared with many articles. */
  public final class Claim {
    private final Map<String, Double> vector;
    /** The claim's distinct content words with their weights, in one fixed order (sums are order-sensitive). */
    private final List<Map.Entry<String, Double>> weighted;
    private final double totalWeight;
    private final Set<String> bigrams;
    private final double[] cues;

    private Claim(String text) {
      List<String> tokens = TextTerms.tokens(text);
      List<String> content = TextTerms.content(tokens);
      vector = tfidf(content);
      weighted = new HashSet<>(content).stream().map(t -> Map.entry(t, idf(t))).toList();
      double total = 0;
      for (Map.Entry<String, Double> w : weighted) {
        total += w.getValue();
      }
      totalWeight = total;
      bigrams = bigrams(content);
      cues = new double[] {count(tokens, DENIAL) > 0 ? 1 : 0, count(tokens, HEDGE) > 0 ? 1 : 0, text.contains("?") ? 1 : 0};
    }
  }

  public Claim claim(String text) {
    return new Claim(text);
  }

  /** The features of a claim against an article. */
  public Pair of(String claim, Article a) {
    return of(claim(claim), a);
  }

  public Pair of(Claim claim, Article a) {
    return new Pair(dense(claim, a), a.words);
  }

  /** The dense feature vector of a claim against an article, in the order of {@link #NAMES}. */
  private double[] dense(Claim claim, Article a) {
    Map<String, Double> c = claim.vector;
    double[] sentenceCosines = a.sentenceVectors.stream().mapToDouble(s -> cosine(c, s)).toArray();
    Integer[] order = new Integer[sentenceCosines.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> sentenceCosines[y] != sentenceCosines[x] ? Double.compare(sentenceCosines[y], sentenceCosines[x]) : Integer.compare(x, y));
    int top = Math.min(3, order.length);
    double best = top == 0 ? 0 : sentenceCosines[order[0]];
    double topSum = 0;
    int denialsTop = 0;
    int hedgesTop = 0;
    int negationsTop = 0;
    for (int k = 0; k < top; k++) {
      topSum += sentenceCosines[order[k]];
      List<String> s = a.sentenceTokens.get(order[k]);
      denialsTop += count(s, DENIAL);
      hedgesTop += count(s, HEDGE);
      negationsTop += count(s, NEGATION);
    }
    double covered = 0;
    for (Map.Entry<String, Double> w : claim.weighted) {
      covered += a.terms.contains(w.getKey()) ? w.getValue() : 0;
    }
    long bigramsCovered = claim.bigrams.stream().filter(a.bigrams::contains).count();
    return new double[] {
      cosine(c, a.vector), best, top == 0 ? 0 : topSum / top, cosine(c, a.lead), claim.totalWeight == 0 ? 0 : covered / claim.totalWeight,
      claim.bigrams.isEmpty() ? 0 : (double) bigramsCovered / claim.bigrams.size(), best * best, Math.log1p(a.length),
      a.denialsPerSentence, denialsTop, a.hedgesPerSentence, hedgesTop, negationsTop, claim.cues[0], claim.cues[1], claim.cues[2]
    };
  }

  private double idf(String term) {
    int n = df.of(term);
    return Math.log1p((df.articles() - n + 0.5) / (n + 0.5));
  }

  /** Term frequency times inverse document frequency, normalised to length 1. */
  private Map<String, Double> tfidf(List<String> terms) {
    Map<String, Double> v = new HashMap<>();
    for (String t : terms) {
      v.merge(t, 1.0, Double::sum);
    }
    double norm = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      e.setValue(w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((t, w) -> w / length);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }

  private static Set<String> bigrams(List<String> terms) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < terms.size(); i++) {
      out.add(terms.get(i - 1) + " " + terms.get(i));
    }
    return out;
  }

  private static int count(List<String> tokens, Set<String> cues) {
    int n = 0;
    for (String t : tokens) {
      n += cues.contains(t) ? 1 : 0;
    }
    return n;
  }

  private static Set<String> stems(String... words) {
    return java.util.Arrays.stream(words).flatMap(w -> TextTerms.tokens(w).stream()).collect(Collectors.toUnmodifiableSet());
  }
}
