package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Embedding;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.language.Word;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads an article with CoreNLP and returns the claims each sentence makes: subject, predicate and
 * object in canonical form, with the modality, stance and attribution of that sentence, and the
 * loaded language it uses. One mention per claim per sentence; a sentence with no readable triple
 * still gives one mention keyed {@link ClaimKey#NONE}, its terms, so that watched claims and
 * headlines can be matched to it. Not thread-safe: one per thread (each DoFn instance makes its own);
 * the CoreNLP pipeline behind them is shared.
 */
public final class ClaimExtractor {
  private final NlpPipeline nlp;
  private final EntityTagger tagger;
  private final PredicateLexicon predicates;
  private final SentenceTerms terms;
  private final ModalityDetector modality;
  private final LoadedLanguageScorer loaded;
  private final UpstreamDetector upstream;
  private final boolean paraphrases;

  /** {@code paraphrases}: also embed the sentences matching and discovery compare (MiniLM). */
  public ClaimExtractor(
      NlpPipeline nlp, Gazetteer gazetteer, PredicateLexicon predicates, TermLexicon terms,
      LoadedLanguageScorer loaded, NewsOrganisations organisations, boolean paraphrases) {
    this.nlp = nlp;
    this.upstream = new UpstreamDetector(organisations);
    this.paraphrases = paraphrases;
    this.tagger = new EntityTagger(gazetteer);
    this.predicates = predicates;
    Lemmatiser lemmas = new Lemmatiser();
    this.terms = new SentenceTerms(terms, lemmas);
    this.modality = new ModalityDetector(lemmas);
    this.loaded = loaded;
  }

  /** The shared CoreNLP of this JVM with the team's gazetteer and lexicons. */
  public static ClaimExtractor standard(boolean paraphrases) {
    return new ClaimExtractor(
        NlpPipeline.shared(), Gazetteer.standard(), PredicateLexicon.standard(), TermLexicon.standard(),
        LoadedLanguageScorer.standard(), NewsOrganisations.standard(), paraphrases);
  }

  private Embedding embedding(String sentence) {
    return paraphrases ? SentenceEmbedder.embed(sentence) : Embedding.NONE;
  }

  /** A fact-checker's claim, read like an article sentence: its terms and, if it has one, its triple. */
  public WatchedClaim watched(String id, String text) {
    List<CoreSentence> sentences = nlp.annotate(text).sentences();
    List<TaggedSentence> tagged = tagger.tagArticle(sentences.stream().map(CoreSentence::tokens).toList());
    TreeSet<String> all = new TreeSet<>();
    ClaimKey key = ClaimKey.NONE;
    for (int i = 0; i < sentences.size(); i++) {
      all.addAll(terms.of(sentences.get(i).tokens(), tagged.get(i)));
      SemanticGraph graph = sentences.get(i).dependencyParse();
      if (key.isNone() && graph != null && !graph.isEmpty()) {
        key = claims(new SentenceGraph(graph, tagged.get(i)), false).stream().map(Candidate::key).findFirst().orElse(ClaimKey.NONE);
      }
    }
    return new WatchedClaim(id, text.strip(), List.copyOf(all), key, embedding(text.strip()));
  }

  public ArticleAnalysis analyze(Article article) {
    return read(article, nlp.annotate(text(article)));
  }

  /** As {@link #analyze(Article)}, with CoreNLP stopped once the budget is spent. */
  public ArticleAnalysis analyze(Article article, TimeBudget budget) {
    return read(article, budget.call(() -> nlp.annotate(text(article))));
  }

  private static String text(Article article) {
    return article.title().isEmpty() ? article.body() : article.title() + "\n\n" + article.body();
  }

  private ArticleAnalysis read(Article article, CoreDocument doc) {
    List<ClaimMention> mentions = new ArrayList<>();
    List<LoadedScore> sentenceScores = new ArrayList<>();
    int tokens = 0;
    List<CoreSentence> sentences = doc.sentences();
    Upstream credit = upstream.ofArticle(article);
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
      SentenceGraph s = new SentenceGraph(graph, tagged.get(i));
      boolean question = sentence.text().strip().endsWith("?");
      List<String> sentenceTerms = terms.of(sentence.tokens(), tagged.get(i));
      List<Candidate> candidates = claims(s, question);
      if (candidates.isEmpty() && sentenceTerms.size() >= MIN_TERMS) {
        IndexedWord anchor = ModalityDetector.claimAnchor(s);
        candidates = List.of(new Candidate(ClaimKey.NONE, modality.detect(s, new PredicateLexicon.Match(null, anchor, null), question)));
      }
      // Only sentences discovery groups (see ClaimMention.discoverable) are embedded; the rest are
      // matched on terms alone. Candidates are either all triples or one term-only reading.
      boolean discoverable = !candidates.isEmpty() && (i == 0 || !candidates.get(0).key().isNone());
      Embedding meaning = discoverable ? embedding(sentence.text()) : Embedding.NONE;
      for (Candidate c : candidates) {
        ModalityDetector.Result r = c.result();
        mentions.add(
            new ClaimMention(
                c.key(), sentenceTerms, article.id(), article.outlet(), article.published(), i, sentence.text(),
                r.modality(), r.certainty(), Stance.of(r.modality(), r.attribution()), r.attribution(),
                upstream.ofSentence(sentence.text(), r.attribution(), credit), score,
                meaning, Double.NaN));
      }
    }
    return new ArticleAnalysis(
        article, mentions, sentences.size(), tokens, loaded.scoreText(sentenceScores, tokens));
  }

  /** A sentence with fewer terms says too little to be matched to anything. */
  private static final int MIN_TERMS = 2;

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
