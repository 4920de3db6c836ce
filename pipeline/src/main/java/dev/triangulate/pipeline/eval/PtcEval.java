package dev.triangulate.pipeline.eval;

import dev.triangulate.scoring.language.LoadedCategory;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.language.LoadedTerm;
import dev.triangulate.scoring.language.Word;
import dev.triangulate.scoring.nlp.NlpPipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Formatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loaded-language terms against the propaganda corpus (PTC, SemEval-2020 Task 11): do the words
 * the scorer flags fall where annotators marked Loaded_Language or Name_Calling,Labeling? Scored
 * by token overlap, by span overlap, and per article by rank correlation of the article score with
 * the density of gold spans.
 */
final class PtcEval {
  static final Set<String> GOLD_TECHNIQUES = Set.of("Loaded_Language", "Name_Calling,Labeling");

  /** '!' and a closing '?' are sentence signals with no word span, so they cannot be placed. */
  static final Set<LoadedCategory> SPAN_CATEGORIES =
      EnumSet.complementOf(EnumSet.of(LoadedCategory.EXCLAMATION, LoadedCategory.RHETORICAL_QUESTION));

  /**
   * The categories that are, by their definitions, the two gold techniques: PTC's Loaded_Language
   * (words with strong emotional implications: hyperbole, emotive, accusation) and
   * Name_Calling,Labeling (label). Clickbait formulas, scare quotes and ALL-CAPS are typographic or
   * headline devices with no counterpart among these techniques; the breakdown still reports them.
   */
  static final Set<LoadedCategory> TECHNIQUE_CATEGORIES =
      EnumSet.of(LoadedCategory.LABEL, LoadedCategory.HYPERBOLE, LoadedCategory.EMOTIVE, LoadedCategory.ACCUSATION);

  private static final Pattern ARTICLE_FILE = Pattern.compile("article(\\d+)\\.txt");

  /**
   * The headline numbers, and {@code details}: lines for after them with, per category, how many
   * spans it flagged and the share of them inside a gold span (which detectors cost precision), the
   * terms most often outside gold spans, span overlap over every word-span category, and the task's
   * own partial-credit scores.
   */
  record Result(int articles, long tokens, long goldSpans, long predictedSpans,
      Scores tokenScores, Scores spanScores, double spearman, String details) {}

  /** How many of the terms most often flagged outside gold spans the details list. */
  private static final int TERMS_SHOWN = 10;

  /** A flagged span with the term that produced it. */
  record Flag(SpanOverlap.Span span, LoadedCategory category, String term) {}

  /** One article as the scorer saw it. */
  record Scored(List<SpanOverlap.Span> tokens, List<Flag> flags, double score) {
    /** The distinct spans flagged by any of {@code categories}. */
    List<SpanOverlap.Span> flagged(Set<LoadedCategory> categories) {
      return flags.stream().filter(flag -> categories.contains(flag.category())).map(Flag::span).distinct().toList();
    }
  }

  private PtcEval() {}

  /**
   * Scores the first {@code limit} articles; the result's token and span scores count the spans of
   * {@link #TECHNIQUE_CATEGORIES}.
   */
  static Result run(Path dataDir, long limit) throws IOException {
    Map<String, List<SpanOverlap.Span>> gold = readGold(dataDir.resolve("train-task2-TC.labels"));
    Map<String, Path> articles = listArticles(dataDir.resolve("articles"), limit);
    StanfordCoreNLP nlp = new StanfordCoreNLP(properties());
    LoadedLanguageScorer scorer = LoadedLanguageScorer.standard();
    SpanOverlap.Counts tokenCounts = SpanOverlap.Counts.ZERO;
    SpanOverlap.SpanCounts spanCounts = SpanOverlap.SpanCounts.ZERO;
    SpanOverlap.SpanCounts allCategories = SpanOverlap.SpanCounts.ZERO;
    SpanOverlap.SpanCounts semeval = SpanOverlap.SpanCounts.ZERO;
    Map<LoadedCategory, long[]> byCategory = new EnumMap<>(LoadedCategory.class);
    Map<String, long[]> byTerm = new HashMap<>();
    double[] scores = new double[articles.size()];
    double[] densities = new double[articles.size()];
    long tokenTotal = 0;
    int n = 0;
    for (Map.Entry<String, Path> e : articles.entrySet()) {
      String text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      Scored scored = score(nlp, scorer, text);
      List<SpanOverlap.Span> goldSpans = inUtf16Units(text, gold.getOrDefault(e.getKey(), List.of()));
      List<SpanOverlap.Span> flagged = scored.flagged(TECHNIQUE_CATEGORIES);
      tokenCounts = tokenCounts.plus(SpanOverlap.tokenCounts(scored.tokens(), flagged, goldSpans));
      spanCounts = spanCounts.plus(SpanOverlap.spanCounts(flagged, goldSpans));
      allCategories = allCategories.plus(SpanOverlap.spanCounts(scored.flagged(SPAN_CATEGORIES), goldSpans));
      semeval = semeval.plus(SpanOverlap.partialCredit(flagged, goldSpans));
      for (Flag flag : scored.flags()) {
        boolean inside = goldSpans.stream().anyMatch(flag.span()::overlaps);
        long[] counts = byCategory.computeIfAbsent(flag.category(), c -> new long[2]);
        counts[0]++;
        counts[1] += inside ? 1 : 0;
        if (TECHNIQUE_CATEGORIES.contains(flag.category())) {
          long[] term = byTerm.computeIfAbsent(flag.term().toLowerCase(Locale.ROOT) + "[" + flag.category().label() + "]", t -> new long[2]);
          term[inside ? 1 : 0]++;
        }
      }
      scores[n] = scored.score();
      densities[n] = 100.0 * goldSpans.size() / Math.max(scored.tokens().size(), 1);
      tokenTotal += scored.tokens().size();
      n++;
    }
    Formatter details = new Formatter(new StringBuilder(), Locale.ROOT);
    byCategory.forEach((category, counts) -> details.format(
        "%-20s %6d flagged spans, %.3f inside a gold span%n", category.label(), counts[0], (double) counts[1] / counts[0]));
    details.format("terms most often outside gold spans (outside / inside): %s%n", byTerm.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(TERMS_SHOWN).map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", ")));
    print(details, "span overlap, all word-span categories", allCategories.scores());
    print(details, "SemEval-2020 task 11 partial credit (character share)", semeval.scores());
    double rho = n < 2 ? Double.NaN : Ranks.spearman(scores, densities);
    return new Result(n, tokenTotal, spanCounts.gold(), spanCounts.predicted(),
        SpanOverlap.scores(tokenCounts), spanCounts.scores(), rho, details.toString());
  }

  private static void print(Formatter out, String what, Scores scores) {
    out.format("%s: precision %.3f, recall %.3f, f1 %.3f%n", what, scores.precision(), scores.recall(), scores.f1());
  }

  /** The production tokenizer and sentence splitting, without NER and parsing, which the scorer does not use. */
  static Properties properties() {
    Properties props = NlpPipeline.properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    return props;
  }

  static Scored score(StanfordCoreNLP nlp, LoadedLanguageScorer scorer, String text) {
    Annotation doc = new Annotation(text);
    nlp.annotate(doc);
    List<SpanOverlap.Span> tokens = new ArrayList<>();
    List<Flag> flags = new ArrayList<>();
    List<LoadedScore> sentenceScores = new ArrayList<>();
    List<Integer> sentenceBegins = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String sentenceText = text.substring(sentenceBegin, sentenceEnd);
      List<Word> words = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new SpanOverlap.Span(token.beginPosition(), token.endPosition()));
        words.add(new Word(token.originalText(), token.lemma(), token.tag(),
            token.beginPosition() - sentenceBegin, token.endPosition() - sentenceBegin));
      }
      sentenceScores.add(scorer.scoreSentence(sentenceText, words));
      sentenceBegins.add(sentenceBegin);
    }
    // The terms the article score counts: a label repeated later in the article is not flagged again.
    List<LoadedScore> counted = scorer.labelsOncePerText(sentenceScores);
    for (int i = 0; i < counted.size(); i++) {
      flags.addAll(termSpans(counted.get(i).terms(), sentenceBegins.get(i)));
    }
    double articleScore = scorer.scoreText(sentenceScores, tokens.size()).score();
    return new Scored(tokens, flags, articleScore);
  }

  /**
   * Where the word-span terms of a sentence starting at {@code sentenceBegin} sit in the article:
   * each term knows where it begins in its sentence and its text is the sentence text from there, so
   * a word used twice is placed twice and a word flagged at its second use is not put on its first.
   * A term without a place is skipped.
   */
  static List<Flag> termSpans(List<LoadedTerm> terms, int sentenceBegin) {
    return terms.stream()
        .filter(term -> SPAN_CATEGORIES.contains(term.category()) && !term.text().isEmpty() && term.begin() >= 0)
        .map(term -> {
          int begin = sentenceBegin + term.begin();
          return new Flag(new SpanOverlap.Span(begin, begin + term.text().length()), term.category(), term.text());
        })
        .toList();
  }

  /**
   * The corpus counts offsets in code points (it was built in Python); a Java string counts UTF-16
   * units, two for a character outside the Basic Multilingual Plane such as an emoji, so every gold
   * span after one would sit a character early against the tokens.
   */
  static List<SpanOverlap.Span> inUtf16Units(String text, List<SpanOverlap.Span> codePointSpans) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      return codePointSpans;
    }
    return codePointSpans.stream()
        .map(span -> new SpanOverlap.Span(unitOffset(text, span.begin(), codePoints), unitOffset(text, span.end(), codePoints)))
        .toList();
  }

  private static int unitOffset(String text, int codePoint, int codePoints) {
    return text.offsetByCodePoints(0, Math.min(codePoint, codePoints));
  }

  /** Gold spans of the two loaded-language techniques by article id; a span labelled twice counts once. */
  static Map<String, List<SpanOverlap.Span>> readGold(Path labels) throws IOException {
    Map<String, Set<SpanOverlap.Span>> byArticle = new HashMap<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 4 || !GOLD_TECHNIQUES.contains(cols[1])) {
        continue;
      }
      byArticle.computeIfAbsent(cols[0], k -> new LinkedHashSet<>())
          .add(new SpanOverlap.Span(Integer.parseInt(cols[2].trim()), Integer.parseInt(cols[3].trim())));
    }
    Map<String, List<SpanOverlap.Span>> gold = new HashMap<>();
    byArticle.forEach((id, spans) -> gold.put(id, List.copyOf(spans)));
    return gold;
  }

  /** article id -> file, in id order, the first {@code limit} of them. */
  static Map<String, Path> listArticles(Path dir, long limit) throws IOException {
    Map<Long, Path> sorted = new TreeMap<>();
    Map<Long, String> ids = new HashMap<>();
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Matcher m = ARTICLE_FILE.matcher(p.getFileName().toString());
        if (m.matches()) {
          long key = Long.parseLong(m.group(1));
          sorted.put(key, p);
          ids.put(key, m.group(1));
        }
      }
    }
    Map<String, Path> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<Long, Path> e : sorted.entrySet()) {
      if (out.size() >= limit) {
        break;
      }
      out.put(ids.get(e.getKey()), e.getValue());
    }
    return out;
  }
}
