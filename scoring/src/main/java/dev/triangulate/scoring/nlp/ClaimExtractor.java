package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.language.Word;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an article with CoreNLP and returns the claims each sentence makes: subject, predicate and
 * object in canonical form, with the modality, stance and attribution of that sentence, and the
 * loaded language it uses. One mention per claim per sentence.
 */
public final class ClaimExtractor {
  private final StanfordCoreNLP nlp;
  private final EntityTagger tagger;
  private final PredicateLexicon predicates;
  private final ModalityDetector modality = new ModalityDetector();
  private final LoadedLanguageScorer loaded;

  public ClaimExtractor(
      StanfordCoreNLP nlp, Gazetteer gazetteer, PredicateLexicon predicates, LoadedLanguageScorer loaded) {
    this.nlp = nlp;
    this.tagger = new EntityTagger(gazetteer);
    this.predicates = predicates;
    this.loaded = loaded;
  }

  /** The shared CoreNLP of this JVM with the team's gazetteer and lexicons. */
  public static ClaimExtractor standard() {
    return new ClaimExtractor(
        NlpPipeline.get(), Gazetteer.standard(), PredicateLexicon.standard(), LoadedLanguageScorer.standard());
  }

  public ArticleAnalysis analyze(Article article) {
    CoreDocument doc = document(article);
    nlp.annotate(doc);
    return read(article, doc);
  }

  /** As {@link #analyze(Article)}, with CoreNLP stopped once the budget is spent. */
  public ArticleAnalysis analyze(Article article, TimeBudget budget) {
    CoreDocument doc = document(article);
    budget.run(() -> nlp.annotate(doc));
    return read(article, doc);
  }

  private static CoreDocument document(Article article) {
    return new CoreDocument(article.title().isEmpty() ? article.body() : article.title() + "\n\n" + article.body());
  }

  private ArticleAnalysis read(Article article, CoreDocument doc) {
    List<ClaimMention> mentions = new ArrayList<>();
    List<LoadedScore> sentenceScores = new ArrayList<>();
    int tokens = 0;
    List<CoreSentence> sentences = doc.sentences();
    List<TaggedSentence> tagged =
        tagger.tagArticle(sentences.stream().map(CoreSentence::tokens).toList());
    for (int i = 0; i < sentences.size(); i++) {
      CoreSentence sentence = sentences.get(i);
      tokens += sentence.tokens().size();
      LoadedScore score = loaded.scoreSentence(sentence.text(), words(sentence));
      sentenceScores.add(score);
      SemanticGraph graph = sentence.dependencyParse();
      if (graph == null || graph.isEmpty()) {
        continue; // longer than NlpPipeline.MAX_SENTENCE_TOKENS: not parsed, no claims read from it
      }
      for (Candidate c : claims(new SentenceGraph(graph, tagged.get(i)), sentence.text().strip().endsWith("?"))) {
        mentions.add(
            new ClaimMention(
                c.key(), article.id(), article.outlet(), article.published(), i, sentence.text(),
                c.result().modality(), Stance.of(c.result().modality(), c.result().attribution()),
                c.result().attribution(), score));
      }
    }
    return new ArticleAnalysis(
        article, mentions, sentences.size(), tokens, loaded.scoreText(sentenceScores, tokens));
  }

  private record Candidate(ClaimKey key, ModalityDetector.Result result) {}

  /** Claims of one sentence, first occurrence of each key kept, in word order. */
  private List<Candidate> claims(SentenceGraph s, boolean question) {
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    for (IndexedWord word : s.graph().vertexListSorted()) {
      for (PredicateLexicon.Match m : predicates.matches(s.graph(), word)) {
        Optional<Entity> subject = Arguments.subject(s, m);
        if (subject.isEmpty()) {
          continue;
        }
        Optional<Entity> object = Arguments.object(s, m, subject.get());
        if (object.isEmpty() && !m.predicate().placeObject()) {
          continue;
        }
        String subj = subject.get().name();
        String obj = object.map(Entity::name).orElse("");
        if (m.predicate().symmetric() && subj.compareTo(obj) > 0) {
          String swap = subj;
          subj = obj;
          obj = swap;
        }
        ClaimKey key = new ClaimKey(subj, m.predicate().name(), obj, m.predicate().display());
        byKey.putIfAbsent(key.key(), new Candidate(key, modality.detect(s, m, question)));
        break;
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<Word> words(CoreSentence sentence) {
    int base = sentence.charOffsets().first;
    List<Word> words = new ArrayList<>(sentence.tokens().size());
    for (CoreLabel t : sentence.tokens()) {
      words.add(new Word(t.word(), t.lemma(), t.tag(), t.beginPosition() - base, t.endPosition() - base));
    }
    return words;
  }
}
