package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.language.LoadedScore;
import java.io.Serializable;

/** One sentence of one article making one claim. */
public record ClaimMention(
    ClaimKey claim,
    String articleId,
    String outlet,
    String published,
    int sentenceIndex,
    String sentence,
    Modality modality,
    Stance stance,
    Attribution attribution,
    LoadedScore loaded)
    implements Serializable {

  public ClaimMention withClaim(ClaimKey other) {
    return new ClaimMention(
        other, articleId, outlet, published, sentenceIndex, sentence, modality, stance, attribution,
        loaded);
  }
}
