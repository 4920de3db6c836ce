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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern ARTICLE_FILE = Pattern.compile("article(\\d+)\\.txt");

  record Result(int articles, long tokens, long goldSpans, long predictedSpans,
      Scores tokenScores, Scores spanScores, double spearman) {}

  /** One article as the scorer saw it. */
  record Scored(List<SpanOverlap.Span> tokens, List<SpanOverlap.Span> flagged, double score) {}

  private PtcEval() {}

  static Result run(Path dataDir, long limit) throws IOException {
    Map<String, List<SpanOverlap.Span>> gold = readGold(dataDir.resolve("train-task2-TC.labels"));
    Map<String, Path> articles = listArticles(dataDir.resolve("articles"), limit);
    StanfordCoreNLP nlp = new StanfordCoreNLP(properties());
    LoadedLanguageScorer scorer = LoadedLanguageScorer.standard();
    SpanOverlap.Counts tokenCounts = SpanOverlap.Counts.ZERO;
    SpanOverlap.SpanCounts spanCounts = SpanOverlap.SpanCounts.ZERO;
    double[] scores = new double[articles.size()];
    double[] densities = new double[articles.size()];
    long tokenTotal = 0;
    int n = 0;
    for (Map.Entry<String, Path> e : articles.entrySet()) {
      String text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      Scored scored = score(nlp, scorer, text);
      List<SpanOverlap.Span> goldSpans = gold.getOrDefault(e.getKey(), List.of());
      tokenCounts = tokenCounts.plus(SpanOverlap.tokenCounts(scored.tokens(), scored.flagged(), goldSpans));
      spanCounts = spanCounts.plus(SpanOverlap.spanCounts(scored.flagged(), goldSpans));
      scores[n] = scored.score();
      densities[n] = 100.0 * goldSpans.size() / Math.max(scored.tokens().size(), 1);
      tokenTotal += scored.tokens().size();
      n++;
    }
    double rho = n < 2 ? Double.NaN : SpanOverlap.spearman(scores, densities);
    return new Result(n, tokenTotal, spanCounts.gold(), spanCounts.predicted(),
        SpanOverlap.scores(tokenCounts), spanCounts.scores(), rho);
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
    Set<SpanOverlap.Span> flagged = new LinkedHashSet<>();
    List<LoadedScore> sentenceScores = new ArrayList<>();
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
      LoadedScore score = scorer.scoreSentence(sentenceText, words);
      sentenceScores.add(score);
      for (SpanOverlap.Span span : termSpans(sentenceText, score.terms())) {
        flagged.add(new SpanOverlap.Span(span.begin() + sentenceBegin, span.end() + sentenceBegin));
      }
    }
    double articleScore = scorer.scoreText(sentenceScores, tokens.size()).score();
    return new Scored(tokens, List.copyOf(flagged), articleScore);
  }

  /**
   * Where the word-span terms sit in the sentence. A term's text is the sentence text from its
   * first word to its last, and terms come in text order, so each is searched for from where the
   * previous one began (not ended: detectors may flag overlapping words). A term not found is skipped.
   */
  static List<SpanOverlap.Span> termSpans(String sentenceText, List<LoadedTerm> terms) {
    List<SpanOverlap.Span> spans = new ArrayList<>();
    int from = 0;
    for (LoadedTerm term : terms) {
      if (!SPAN_CATEGORIES.contains(term.category()) || term.text().isEmpty()) {
        continue;
      }
      int at = sentenceText.indexOf(term.text(), from);
      if (at < 0) {
        continue;
      }
      spans.add(new SpanOverlap.Span(at, at + term.text().length()));
      from = at;
    }
    return spans;
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
