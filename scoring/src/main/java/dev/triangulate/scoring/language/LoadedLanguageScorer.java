package dev.triangulate.scoring.language;

import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores how loaded a sentence or a whole text is. Terms come from the lexicon (matched on lemmas,
 * longest phrase first, skipped when negated), scare quotes, ALL-CAPS runs, '!' and a closing '?'.
 *
 * <p>raw = sum of category weights of the terms, a term in quoted speech counting half. A sentence
 * scores {@code 1 - exp(-raw)}; a text scores {@code 1 - exp(-K * raw per 100 tokens)} with
 * {@code K = ln(5/3)}, so one full-weight term per 100 tokens gives 0.4. Both are monotone in raw
 * and stay in [0,1].
 *
 * <p>Immutable and thread-safe; serializable so a pipeline step can carry it.
 */
public final class LoadedLanguageScorer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Chosen so that a density of one weighted term per 100 tokens scores 1 - 3/5 = 0.4. */
  static final double K = Math.log(5.0 / 3.0);

  /** "within 3 words": far enough for "not a very shocking", near enough not to reach another clause. */
  private static final int NEGATION_WINDOW = 3;

  private static final ImmutableSet<String> NEGATORS = ImmutableSet.of("not", "no", "never", "n't", "hardly");

  private final LoadedLexicon lexicon;

  public LoadedLanguageScorer(LoadedLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The scorer over the project's lexicon, loaded once per JVM. */
  public static LoadedLanguageScorer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final LoadedLanguageScorer INSTANCE = new LoadedLanguageScorer(LoadedLexicon.fromClasspath());
  }

  /** One sentence; {@code words} carry offsets into {@code sentenceText}. */
  public LoadedScore scoreSentence(String sentenceText, List<Word> words) {
    SentenceTokens tokens = new SentenceTokens(Objects.requireNonNullElse(sentenceText, ""), words);
    QuotedSpans quotes = QuotedSpans.of(tokens.text());
    List<LoadedTerm> terms = new ArrayList<>(lexiconHits(tokens, quotes));
    terms.addAll(ScareQuotes.find(tokens, quotes));
    terms.addAll(AllCapsRuns.find(tokens));
    exclamation(tokens.text(), quotes).ifPresent(terms::add);
    rhetoricalQuestion(tokens.text(), quotes).ifPresent(terms::add);
    terms.sort(LoadedTerm.IN_TEXT_ORDER);
    double raw = rawOf(terms);
    return new LoadedScore(saturate(raw), raw, terms);
  }

  /**
   * A whole article (or an outlet's articles pooled): the raw scores of its sentences, each label
   * counted once ({@link #labelsOncePerText}), summed and taken per 100 tokens, so a long neutral
   * text dilutes a few loaded words. Scores of whole texts among {@code parts} (an outlet's
   * articles) are taken as they are: each article's use of a label is a choice of its own.
   * {@code raw} of the result is the summed weight, not the density.
   */
  public LoadedScore scoreText(List<LoadedScore> parts, int tokenCount) {
    List<LoadedScore> counted = labelsOncePerText(parts);
    double raw = counted.stream().mapToDouble(LoadedScore::raw).sum();
    List<LoadedTerm> terms = counted.stream().flatMap(score -> score.terms().stream()).toList();
    double perHundredTokens = raw / Math.max(tokenCount, 1) * 100.0;
    return new LoadedScore(saturate(K * perHundredTokens), raw, terms, true);
  }

  /**
   * The sentence scores of one text, in order, with each label after its first use in the text
   * left out (by lexicon phrase, so "regimes" repeats "regime"; quoted and own uses apart). A label
   * is a name: an article that calls a government "the regime" repeats one naming choice at every
   * mention, and counting each would rank articles by how often they mention that government, not
   * by how much loaded language they use. Emotive words, hyperbole and accusations are fresh
   * judgements each time and all count. Scores of whole texts pass unchanged.
   */
  public List<LoadedScore> labelsOncePerText(List<LoadedScore> sentenceScores) {
    Set<List<Object>> seen = new HashSet<>();
    List<LoadedScore> counted = new ArrayList<>();
    for (LoadedScore score : sentenceScores) {
      if (score.wholeText()) {
        counted.add(score);
        continue;
      }
      List<LoadedTerm> kept = score.terms().stream()
          .filter(term -> term.category() != LoadedCategory.LABEL || seen.add(List.of(term.key(), term.quoted())))
          .toList();
      counted.add(kept.size() == score.terms().size() ? score : new LoadedScore(saturate(rawOf(kept)), rawOf(kept), kept));
    }
    return counted;
  }

  private static double rawOf(List<LoadedTerm> terms) {
    return terms.stream().mapToDouble(LoadedTerm::weight).sum();
  }

  private static double saturate(double x) {
    return Math.min(1.0, Math.max(0.0, 1.0 - Math.exp(-x)));
  }

  /**
   * Lexicon phrases left to right, longest first. An intensifier directly before a loaded phrase
   * joins its term ("utterly disgraceful[emotive]"); before an unlisted adjective it makes the pair
   * hyperbole ("totally wrong"); elsewhere ("absolutely, he said") it is nothing.
   */
  private List<LoadedTerm> lexiconHits(SentenceTokens tokens, QuotedSpans quotes) {
    List<LoadedTerm> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int head = lexicon.isIntensifier(tokens, i) && i + 1 < tokens.size() ? i + 1 : i;
      Optional<LoadedLexicon.PhraseMatch> match = lexicon.longestAt(tokens, head);
      Optional<LoadedCategory> category = match.flatMap(LoadedLexicon.PhraseMatch::category);
      int end = head + match.map(LoadedLexicon.PhraseMatch::length).orElse(1);
      if (match.isEmpty() && head > i && isAdjective(tokens, head)) {
        category = Optional.of(LoadedCategory.HYPERBOLE);
      } else if (match.isEmpty()) {
        i = head > i ? head : i + 1;
        continue;
      }
      if (category.isPresent() && !negated(tokens, i)) {
        int begin = tokens.word(i).begin();
        boolean quoted = quotes.covers(begin, tokens.word(end - 1).end());
        String text = tokens.span(i, end);
        String key = match.map(LoadedLexicon.PhraseMatch::phrase).orElse(text.toLowerCase(Locale.ROOT));
        hits.add(new LoadedTerm(text, category.get(), quoted, key, begin));
      }
      i = end;
    }
    return hits;
  }

  private static boolean isAdjective(SentenceTokens tokens, int i) {
    String tag = tokens.word(i).pos();
    return tag != null && tag.startsWith("JJ");
  }

  /** A negator shortly before the phrase, looking back no further than the clause's punctuation. */
  private static boolean negated(SentenceTokens tokens, int start) {
    for (int i = start - 1; i >= 0 && i >= start - NEGATION_WINDOW && tokens.isWord(i); i--) {
      if (NEGATORS.contains(tokens.lemmaKeys().get(i)) || NEGATORS.contains(tokens.surfaceKeys().get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Once per sentence; a '!' only inside quoted speech is the source's, so it counts as quoted. */
  private static Optional<LoadedTerm> exclamation(String text, QuotedSpans quotes) {
    int quotedAt = -1;
    for (int i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
      if (!quotes.covers(i)) {
        return Optional.of(new LoadedTerm("!", LoadedCategory.EXCLAMATION, false, i));
      }
      quotedAt = quotedAt < 0 ? i : quotedAt;
    }
    return quotedAt < 0
        ? Optional.empty()
        : Optional.of(new LoadedTerm("!", LoadedCategory.EXCLAMATION, true, quotedAt));
  }

  /** The writer asking, not a source: a closing '?' inside quotes is reported speech. */
  private static Optional<LoadedTerm> rhetoricalQuestion(String text, QuotedSpans quotes) {
    int last = text.stripTrailing().length() - 1;
    if (last < 0 || text.charAt(last) != '?' || quotes.covers(last)) {
      return Optional.empty();
    }
    return Optional.of(new LoadedTerm("?", LoadedCategory.RHETORICAL_QUESTION, false, last));
  }
}
