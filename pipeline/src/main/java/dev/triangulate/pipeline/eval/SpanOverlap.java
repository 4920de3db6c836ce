package dev.triangulate.pipeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Overlap scores of predicted character spans against gold spans. Spans are half-open ({@code
 * begin} inclusive, {@code end} exclusive); two spans overlap when they share at least one
 * character.
 */
final class SpanOverlap {

  /** A half-open character span. */
  record Span(int begin, int end) {
    Span {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
      }
    }

    boolean overlaps(Span other) {
      return shared(other) > 0;
    }

    /** Characters the two spans have in common. */
    int shared(Span other) {
      return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    int length() {
      return end - begin;
    }
  }

  /** Counts that add up over articles, so corpus scores are micro-averaged. */
  record Counts(long truePositive, long predicted, long gold) {
    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(truePositive + other.truePositive, predicted + other.predicted, gold + other.gold);
    }
  }

  /**
   * Span-level credit keeps two numerators, precision's (credit earned by predicted spans) and
   * recall's (credit earned by gold spans). With any-overlap counting a span earns 0 or 1; with the
   * SemEval-2020 Task 11 partial credit it earns the share of its characters the other side covers.
   */
  record SpanCounts(double predictedHit, long predicted, double goldHit, long gold) {
    static final SpanCounts ZERO = new SpanCounts(0, 0, 0, 0);

    SpanCounts plus(SpanCounts other) {
      return new SpanCounts(predictedHit + other.predictedHit, predicted + other.predicted,
          goldHit + other.goldHit, gold + other.gold);
    }

    Scores scores() {
      return Scores.of(ratio(predictedHit, predicted), ratio(goldHit, gold));
    }
  }

  private SpanOverlap() {}

  /**
   * Token level: a token is predicted-positive when it overlaps a predicted span, gold-positive
   * when it overlaps a gold span.
   */
  static Counts tokenCounts(List<Span> tokens, List<Span> predicted, List<Span> gold) {
    long tp = 0;
    long p = 0;
    long g = 0;
    for (Span token : tokens) {
      boolean isPredicted = predicted.stream().anyMatch(token::overlaps);
      boolean isGold = gold.stream().anyMatch(token::overlaps);
      p += isPredicted ? 1 : 0;
      g += isGold ? 1 : 0;
      tp += isPredicted && isGold ? 1 : 0;
    }
    return new Counts(tp, p, g);
  }

  /**
   * Span level: predicted spans overlapping any gold span (precision's numerator) and gold spans
   * overlapped by any predicted span (recall's numerator).
   */
  static SpanCounts spanCounts(List<Span> predicted, List<Span> gold) {
    long predictedHit = predicted.stream().filter(p -> gold.stream().anyMatch(p::overlaps)).count();
    long goldHit = gold.stream().filter(g -> predicted.stream().anyMatch(g::overlaps)).count();
    return new SpanCounts(predictedHit, predicted.size(), goldHit, gold.size());
  }

  /**
   * Partial credit as the task's scorer defines it (Da San Martino et al. 2019): precision =
   * (1/|S|) sum over pairs |s & t| / |s|, recall = (1/|T|) sum over pairs |s & t| / |t|. Overlapping
   * spans on each side are merged first so that no character is credited twice; empty spans are dropped.
   */
  static SpanCounts partialCredit(List<Span> predicted, List<Span> gold) {
    List<Span> s = merged(predicted);
    List<Span> t = merged(gold);
    double predictedCredit = 0;
    double goldCredit = 0;
    for (Span p : s) {
      for (Span g : t) {
        int shared = p.shared(g);
        predictedCredit += (double) shared / p.length();
        goldCredit += (double) shared / g.length();
      }
    }
    return new SpanCounts(predictedCredit, s.size(), goldCredit, t.size());
  }

  /** Non-empty spans in order, those sharing a character joined into one. */
  static List<Span> merged(List<Span> spans) {
    List<Span> sorted = spans.stream().filter(span -> span.length() > 0)
        .sorted(Comparator.comparingInt(Span::begin)).toList();
    List<Span> out = new ArrayList<>();
    for (Span span : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.overlaps(span)) {
        out.set(out.size() - 1, new Span(last.begin(), Math.max(last.end(), span.end())));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  static Scores scores(Counts c) {
    return Scores.of(ratio(c.truePositive(), c.predicted()), ratio(c.truePositive(), c.gold()));
  }

  private static double ratio(double numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
