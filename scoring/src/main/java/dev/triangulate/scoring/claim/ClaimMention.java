package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.language.LoadedScore;
import java.io.Serializable;
import java.util.List;

/**
 * One sentence of one article making one claim. {@code key} is the claim as the extractor read it
 * ({@link ClaimKey#NONE} for a sentence it could only read as a bag of {@code terms}); which claim
 * of verdicts.csv the mention counts for is decided later, by matching and clustering, from its
 * terms and {@code embedding} ({@link Embedding#NONE} when paraphrase matching is off or the
 * sentence is not one discovery groups). {@code match} is how well it matched a watched claim
 * (NaN when it was not matched to one). {@code upstream}: the source it leans on, when it is not the
 * outlet's own reporting. {@code proposition}: the claim this sentence makes, as a short sentence
 * ("China recognizes the Taliban"), empty for a sentence read only as terms; {@code claimTerms}
 * the terms of that proposition alone (a sentence often states several claims; {@code terms} are
 * the whole sentence's), empty for a sentence read only as terms.
 */
public record ClaimMention(
    ClaimKey key,
    List<String> terms,
    String articleId,
    String outlet,
    String published,
    int sentenceIndex,
    String sentence,
    Modality modality,
    Certainty certainty,
    Stance stance,
    Attribution attribution,
    Upstream upstream,
    LoadedScore loaded,
    Embedding embedding,
    double match,
    String proposition,
    List<String> claimTerms)
    implements Serializable {

  public ClaimMention {
    terms = List.copyOf(terms);
    proposition = proposition == null ? "" : proposition;
    claimTerms = claimTerms == null ? List.of() : List.copyOf(claimTerms);
  }

  /** A mention read only as terms, or one whose proposition nobody needs (tests, watched claims). */
  public ClaimMention(
      ClaimKey key, List<String> terms, String articleId, String outlet, String published, int sentenceIndex,
      String sentence, Modality modality, Certainty certainty, Stance stance, Attribution attribution,
      Upstream upstream, LoadedScore loaded, Embedding embedding, double match) {
    this(key, terms, articleId, outlet, published, sentenceIndex, sentence, modality, certainty, stance, attribution,
        upstream, loaded, embedding, match, "", List.of());
  }

  /** The terms discovery compares: the proposition's when there is one, else the sentence's. */
  public List<String> discoveryTerms() {
    return claimTerms.isEmpty() ? terms : claimTerms;
  }

  /** Unique within a run: article, sentence and the claim read from it. */
  public String ref() {
    return articleId + "#" + sentenceIndex + "#" + key.key();
  }

  public String sentenceRef() {
    return articleId + "#" + sentenceIndex;
  }

  /**
   * Discovery groups sentences read as a triple, and an article's first sentence (its headline or
   * lede) even when it is not: the rest of an untriaged article is too noisy to count as claims.
   */
  public boolean discoverable() {
    return !key.isNone() || sentenceIndex == 0;
  }

  /** FactBank polarity: a denial commits to the claim being false. */
  public String polarity() {
    return modality == Modality.NEGATED ? "negative" : "positive";
  }

  public ClaimMention withKey(ClaimKey other) {
    return new ClaimMention(
        other, terms, articleId, outlet, published, sentenceIndex, sentence, modality, certainty, stance,
        attribution, upstream, loaded, embedding, match, proposition, claimTerms);
  }

  /**
   * As matched to a watched claim: the score, and what the sentence does to that claim. The
   * embedding has done its work once matched and is dropped: a sentence matching several claims
   * travels once per claim, and 384 floats each time would dominate what the runner copies.
   */
  public ClaimMention withMatch(double score, Stance toClaim) {
    return new ClaimMention(
        key, terms, articleId, outlet, published, sentenceIndex, sentence, modality, certainty, toClaim,
        attribution, upstream, loaded, Embedding.NONE, score, proposition, claimTerms);
  }

  /** Leaning on the original of a near-copied article, unless the sentence credits a source itself. */
  public ClaimMention asCopyOf(String outlet, String articleId) {
    if (!upstream.isNone()) {
      return this;
    }
    return new ClaimMention(
        key, terms, this.articleId, this.outlet, published, sentenceIndex, sentence, modality, certainty, stance,
        attribution, Upstream.copyOf(outlet, articleId), loaded, embedding, match, proposition, claimTerms);
  }
}
