package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.article.Headings;
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
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads an article with CoreNLP and returns the claims each sentence makes: the sentence's
 * clause-level propositions ({@link PropositionExtractor}) that are check-worthy ({@link
 * ClaimReader}), each with its canonical subject, predicate and object, its readable label, and
 * the modality, stance and attribution of its own clause, plus the loaded language of the
 * sentence. One mention per claim per sentence; a sentence with no claim still gives one mention
 * keyed {@link ClaimKey#NONE}, its terms, so that watched claims and headlines can be matched to
 * it. Headings inside the article give none. Not thread-safe: one per thread (each DoFn instance
 * makes its own); the CoreNLP pipeline behind them is shared.
 */
public final class ClaimExtractor {
  private final NlpPipeline nlp;
  private final EntityTagger tagger;
  private final PredicateLexicon predicates;
  private final ClaimReader reader;
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
    this.reader = new ClaimReader(predicates);
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
      Optional<SentenceGraph> parsed = parsed(sentences.get(i), tagged.get(i));
      if (key.isNone() && parsed.isPresent()) {
        key = claims(sentences.get(i), parsed.get(), true).stream().map(Candidate::key).findFirst().orElse(ClaimKey.NONE);
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
      Optional<SentenceGraph> parsed = parsed(sentence, tagged.get(i));
      if (parsed.isEmpty() || (i > 0 && Headings.isHeading(sentence.text()))) {
        // Too long to parse (NlpPipeline.MAX_SENTENCE_TOKENS), or a sub-heading, which labels
        // what follows and states nothing itself.
        continue;
      }
      SentenceGraph s = parsed.get();
      boolean question = sentence.text().strip().endsWith("?");
      List<String> sentenceTerms = terms.of(sentence.tokens(), tagged.get(i));
      // The title, or a text that is one sentence, is a headline: one claim, read as a whole.
      boolean headline = i == 0 && (!article.title().isEmpty() || sentences.size() == 1);
      List<Candidate> candidates = question ? List.of() : claims(sentence, s, headline);
      if (candidates.isEmpty() && sentenceTerms.size() >= MIN_TERMS) {
        IndexedWord anchor = ModalityDetector.claimAnchor(s);
        ModalityDetector.Result r = modality.detect(s, new PredicateLexicon.Match(null, anchor, null), question, true);
        // Discovery groups a headline or lede read only as terms (ClaimMention.discoverable), by its whole text.
        Embedding meaning = i == 0 ? embedding(sentence.text()) : Embedding.NONE;
        candidates = List.of(new Candidate(ClaimKey.NONE, "", List.of(), r, meaning));
      }
      for (Candidate c : candidates) {
        ModalityDetector.Result r = c.result();
        mentions.add(
            new ClaimMention(
                c.key(), sentenceTerms, article.id(), article.outlet(), article.published(), i, sentence.text(),
                r.modality(), r.certainty(), Stance.of(r.modality(), r.attribution()), r.attribution(),
                upstream.ofSentence(sentence.text(), r.attribution(), credit), score,
                c.embedding(), Double.NaN, c.label(), c.terms()));
      }
    }
    return new ArticleAnalysis(
        article, mentions, sentences.size(), tokens, loaded.scoreText(sentenceScores, tokens));
  }

  /** A sentence with fewer terms says too little to be matched to anything. */
  private static final int MIN_TERMS = 2;

  private record Candidate(ClaimKey key, String label, List<String> terms, ModalityDetector.Result result, Embedding embedding) {}

  /** The sentence's parse, through {@link ParseRepair}, with its entities; empty when it was too long to parse. */
  private static Optional<SentenceGraph> parsed(CoreSentence sentence, TaggedSentence tagged) {
    SemanticGraph enhanced = sentence.dependencyParse();
    SemanticGraph basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (enhanced == null || enhanced.isEmpty() || basic == null) {
      return Optional.empty();
    }
    return Optional.of(new SentenceGraph(ParseRepair.repaired(enhanced, true), ParseRepair.repaired(basic, false), tagged));
  }

  /**
   * Claims of one sentence, first occurrence of each key kept, in word order, each with the terms
   * and the embedding of its own proposition: discovery compares claims, not the sentences around
   * them. A headline is the exception: it states one story in few words, and its whole text is
   * what outlets paraphrase, so its claims are compared by the headline's terms and embedding.
   */
  private List<Candidate> claims(CoreSentence sentence, SentenceGraph s, boolean headline) {
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    List<Proposition> propositions = new ArrayList<>(PropositionExtractor.extract(s.graph(), s.basic(), predicates));
    if (headline) {
      // A headline states one claim, its main clause's; what hangs below it is detail.
      propositions.sort(Comparator.comparingInt(p -> depth(s, p.anchor())));
    }
    for (Proposition p : propositions) {
      if (headline && !byKey.isEmpty()) {
        break;
      }
      reader.read(s, p).ifPresent(claim -> {
        if (!byKey.containsKey(claim.key().key())) {
          List<String> claimTerms = headline ? List.of() : terms.of(sentence.tokens(), s.tagged(), i -> claim.words().get(i + 1));
          Embedding meaning = embedding(headline ? sentence.text() : claim.label());
          byKey.put(claim.key().key(), new Candidate(
              claim.key(), claim.label(), claimTerms, modality.detect(s, claim.match(), false, headline), meaning));
        }
      });
    }
    return List.copyOf(byKey.values());
  }

  /** How many arcs below the root of the basic tree a word sits. */
  private static int depth(SentenceGraph s, IndexedWord w) {
    int depth = 0;
    for (IndexedWord up = w; !s.basic().getRoots().contains(up) && depth < 50; depth++) {
      List<IndexedWord> parents = s.basic().getParentList(up);
      if (parents.isEmpty()) {
        break;
      }
      up = parents.get(0);
    }
    return depth;
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
