package dev.triangulate.scoring.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The article-level relation of a claim from {@link RelationFeatures}, in two logistic stages: is
 * the article related to the claim at all (the dense features), and if so does it support it,
 * refute it or only discuss it (a multinomial over the related, on the dense features and the
 * presence of the {@link #VOCABULARY} commonest words of the training articles, as UCL's FNC-1
 * system reads the body's words). Dense features are standardised with the training means and
 * deviations; an article's word indicators are scaled to length 1. Training is full-batch
 * gradient descent from zero weights with a fixed number of steps, in one thread, so the same
 * pairs give bit-identical weights; {@code ./triangulate train stance} writes them to {@link #RESOURCE}.
 */
public final class RelationModel {
  /** The committed weights, fitted on the training stories of FNC-1 (EVALUATION.md). */
  public static final String RESOURCE = "relation-model.tsv";
  static final int STEPS = 1500;
  static final double LEARNING_RATE = 0.5;
  static final double L2 = 1e-4;
  static final int VOCABULARY = 500;
  /** The related articles' classes, in the order of the second stage's weights. */
  private static final List<Relation> STANCES = List.of(Relation.DISCUSSES, Relation.SUPPORTS, Relation.REFUTES);

  private final double[] mean;
  private final double[] deviation;
  /** Stage 1: weights then bias, for "related". */
  private final double[] related;
  /** Stage 2: per class of {@link #STANCES}, dense weights, bias, then one weight per vocabulary word. */
  private final double[][] stance;
  private final Map<String, Integer> vocabulary;

  private RelationModel(double[] mean, double[] deviation, double[] related, double[][] stance, List<String> vocabulary) {
    this.mean = mean;
    this.deviation = deviation;
    this.related = related;
    this.stance = stance;
    this.vocabulary = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      this.vocabulary.put(vocabulary.get(i), i);
    }
  }

  /** One labelled pair: its features and its gold relation. */
  public record Example(RelationFeatures.Pair features, Relation gold) {}

  /** A pair as the model reads it: standardised dense features, and the vocabulary words present with their common value. */
  private record Input(double[] x, int[] words, double wordValue) {}

  public static RelationModel train(List<Example> examples) {
    int n = RelationFeatures.NAMES.size();
    double[] mean = new double[n];
    double[] deviation = new double[n];
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        mean[j] += e.features().dense()[j] / examples.size();
      }
    }
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        double d = e.features().dense()[j] - mean[j];
        deviation[j] += d * d / examples.size();
      }
    }
    for (int j = 0; j < n; j++) {
      deviation[j] = deviation[j] > 0 ? Math.sqrt(deviation[j]) : 1;
    }
    List<String> vocabulary = vocabulary(examples);
    RelationModel empty = new RelationModel(mean, deviation, new double[n + 1], new double[STANCES.size()][n + 1 + vocabulary.size()], vocabulary);
    List<Input> all = new ArrayList<>();
    List<Integer> isRelated = new ArrayList<>();
    List<Input> relatedOnes = new ArrayList<>();
    List<Integer> stanceOf = new ArrayList<>();
    for (Example e : examples) {
      Input in = empty.input(e.features());
      all.add(new Input(in.x(), new int[0], 0));
      isRelated.add(e.gold() == Relation.UNRELATED ? 0 : 1);
      if (e.gold() != Relation.UNRELATED) {
        relatedOnes.add(in);
        stanceOf.add(STANCES.indexOf(e.gold()));
      }
    }
    double[][] first = softmax(all, isRelated, 2, 0);
    // Two-class softmax is logistic regression on the difference of the two rows.
    double[] related = new double[n + 1];
    for (int j = 0; j <= n; j++) {
      related[j] = first[1][j] - first[0][j];
    }
    return new RelationModel(mean, deviation, related, softmax(relatedOnes, stanceOf, STANCES.size(), vocabulary.size()), vocabulary);
  }

  /** The words most related training articles have (document frequency over distinct articles), ties alphabetical. */
  private static List<String> vocabulary(List<Example> examples) {
    Map<List<String>, Boolean> seen = new java.util.IdentityHashMap<>();
    Map<String, Integer> df = new TreeMap<>();
    for (Example e : examples) {
      if (e.gold() != Relation.UNRELATED && seen.put(e.features().words(), true) == null) {
        e.features().words().forEach(w -> df.merge(w, 1, Integer::sum));
      }
    }
    return df.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(VOCABULARY)
        .map(Map.Entry::getKey)
        .toList();
  }

  private Input input(RelationFeatures.Pair pair) {
    double[] x = new double[mean.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = (pair.dense()[j] - mean[j]) / deviation[j];
    }
    int[] words = pair.words().stream().map(vocabulary::get).filter(Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
    return new Input(x, words, words.length == 0 ? 0 : 1 / Math.sqrt(words.length));
  }

  /**
   * Multinomial logistic regression by full-batch gradient descent with a small L2 penalty (bias
   * not penalised); weights per class: dense, bias, then {@code words} word weights.
   */
  private static double[][] softmax(List<Input> inputs, List<Integer> ys, int classes, int words) {
    int n = inputs.get(0).x().length;
    double[][] w = new double[classes][n + 1 + words];
    double[] p = new double[classes];
    for (int step = 0; step < STEPS; step++) {
      double[][] gradient = new double[classes][n + 1 + words];
      for (int i = 0; i < inputs.size(); i++) {
        Input in = inputs.get(i);
        probabilities(w, in, p);
        for (int k = 0; k < classes; k++) {
          double error = p[k] - (ys.get(i) == k ? 1 : 0);
          for (int j = 0; j < n; j++) {
            gradient[k][j] += error * in.x()[j];
          }
          gradient[k][n] += error;
          for (int word : in.words()) {
            gradient[k][n + 1 + word] += error * in.wordValue();
          }
        }
      }
      for (int k = 0; k < classes; k++) {
        for (int j = 0; j < w[k].length; j++) {
          double penalty = j == n ? 0 : L2 * w[k][j];
          w[k][j] -= LEARNING_RATE * (gradient[k][j] / inputs.size() + penalty);
        }
      }
    }
    return w;
  }

  private static void probabilities(double[][] w, Input in, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < w.length; k++) {
      p[k] = score(w[k], in);
      max = Math.max(max, p[k]);
    }
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      p[k] = Math.exp(p[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < w.length; k++) {
      p[k] /= sum;
    }
  }

  private static double score(double[] w, Input in) {
    int n = in.x().length;
    double s = w[n];
    for (int j = 0; j < n; j++) {
      s += w[j] * in.x()[j];
    }
    for (int word : in.words()) {
      s += w[n + 1 + word] * in.wordValue();
    }
    return s;
  }

  /** The probability that the article is related to the claim. */
  public double relatedness(RelationFeatures.Pair pair) {
    return 1 / (1 + Math.exp(-score(related, new Input(input(pair).x(), new int[0], 0))));
  }

  /** Unrelated below even odds of relatedness; otherwise the likeliest of discuss, agree, disagree. */
  public Relation predict(RelationFeatures.Pair pair) {
    Input in = input(pair);
    if (score(related, new Input(in.x(), new int[0], 0)) < 0) {
      return Relation.UNRELATED;
    }
    double[] p = new double[STANCES.size()];
    probabilities(stance, in, p);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return STANCES.get(best);
  }

  /**
   * One line per dense feature, then the bias, then one per vocabulary word: name, mean,
   * deviation, stage-1 weight, stage-2 weights (words have no mean, deviation or stage-1 weight);
   * exact decimal doubles.
   */
  public String write() {
    StringBuilder out = new StringBuilder("feature\tmean\tdeviation\trelated\tdiscuss\tagree\tdisagree\n");
    int n = mean.length;
    List<String> words = vocabularyInOrder();
    for (int j = 0; j < n + 1 + words.size(); j++) {
      out.append(j < n ? RelationFeatures.NAMES.get(j) : j == n ? "bias" : "word:" + words.get(j - n - 1)).append('\t')
          .append(j < n ? Double.toString(mean[j]) : "0").append('\t')
          .append(j < n ? Double.toString(deviation[j]) : "1").append('\t')
          .append(j <= n ? Double.toString(related[j]) : "0");
      for (double[] row : stance) {
        out.append('\t').append(row[j]);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private List<String> vocabularyInOrder() {
    String[] words = new String[vocabulary.size()];
    vocabulary.forEach((w, i) -> words[i] = w);
    return Arrays.asList(words);
  }

  public static RelationModel read(InputStream in) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    int n = RelationFeatures.NAMES.size();
    if (rows.size() < n + 1) {
      throw new IOException("relation model has " + rows.size() + " rows, expected at least " + (n + 1));
    }
    double[] mean = new double[n];
    double[] deviation = new double[n];
    double[] related = new double[n + 1];
    double[][] stance = new double[STANCES.size()][rows.size()];
    List<String> vocabulary = new ArrayList<>();
    for (int j = 0; j < rows.size(); j++) {
      String[] r = rows.get(j);
      String expected = j < n ? RelationFeatures.NAMES.get(j) : j == n ? "bias" : null;
      if (expected != null ? !r[0].equals(expected) : !r[0].startsWith("word:")) {
        throw new IOException("relation model row " + j + " is " + r[0]);
      }
      if (j < n) {
        mean[j] = Double.parseDouble(r[1]);
        deviation[j] = Double.parseDouble(r[2]);
      }
      if (j <= n) {
        related[j] = Double.parseDouble(r[3]);
      } else {
        vocabulary.add(r[0].substring("word:".length()));
      }
      for (int k = 0; k < STANCES.size(); k++) {
        stance[k][j] = Double.parseDouble(r[4 + k]);
      }
    }
    return new RelationModel(mean, deviation, related, stance, vocabulary);
  }

  /** The committed model, read once per JVM (it is immutable, so every thread shares it). */
  public static RelationModel standard() {
    return Committed.MODEL;
  }

  private static final class Committed {
    static final RelationModel MODEL = load();

    private static RelationModel load() {
      try (InputStream in = Objects.requireNonNull(RelationModel.class.getResourceAsStream(RESOURCE), RESOURCE)) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
