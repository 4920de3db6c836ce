package dev.triangulate.scoring.claim;

import static dev.triangulate.scoring.claim.Mentions.key;
import static dev.triangulate.scoring.claim.Mentions.withTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole article read against the watchlist: its sentences' matches, and the relation model's reading of all of it. */
class ArticleWatchTest {
  private static final List<WatchedClaim> WATCHLIST = List.of(
      new WatchedClaim("W1", "The ferry Aurora sank off Northport", List.of("aurora", "ferry", "northport", "sink"), ClaimKey.NONE, Embedding.NONE),
      new WatchedClaim("W2", "The city council approved the school budget", List.of("approve", "budget", "council", "school"),
          ClaimKey.NONE, Embedding.NONE),
      new WatchedClaim("W3", "Kestrel Lines owns the Aurora", List.of("aurora", "kestrel", "line", "own"), key("Kestrel Lines", "own", "Aurora"),
          Embedding.NONE));
  private static final ArticleWatch WATCH = ArticleWatch.standard(WATCHLIST, 0.2);

  private static Article article(String body) {
    return new Article("a", "Outlet a", "", "", "", body, "a.txt");
  }

  @Test
  void aLooseStatementTakesASideOnlyAsTheHeadline() {
    String body = "The ferry sank in the storm at night, the harbour master said. The crew were rescued.";
    ClaimMention inBody = withTerms(ClaimKey.NONE, "a", 1, "crew", "ferry", "harbour", "night", "sink", "storm");
    ClaimMention w1 = taken(WATCH.read(article(body), 2, List.of(inBody)), "W1");
    assertTrue(w1.match() >= 0.2 && w1.match() < Watchlist.STATES_SCORE, () -> "a loose match: " + w1.match());
    assertEquals(Stance.DISCUSSES, w1.stance(), "half of the claim's event words, in a body sentence: the same story");
    ClaimMention asTitle = withTerms(ClaimKey.NONE, "a", 0, "crew", "ferry", "harbour", "night", "sink", "storm");
    Article titled = new Article("a", "Outlet a", "", "", "Ferry sinks in night storm, harbour crew safe", body, "a.txt");
    assertEquals(Stance.SUPPORTS, taken(WATCH.read(titled, 3, List.of(asTitle)), "W1").stance(), "the outlet's own headline");
    assertEquals(Stance.SUPPORTS, taken(WATCH.read(article("Ferry sinks in night storm, harbour crew safe"), 1, List.of(asTitle)), "W1").stance(),
        "a one-sentence text is its own headline");
  }

  private static ClaimMention taken(ArticleWatch.Reading reading, String claimId) {
    return reading.taken().stream().filter(t -> t.claimId().equals(claimId)).findFirst().orElseThrow().mention();
  }

  @Test
  void aSentenceStatingAClaimSupportsItAndTheRestGoToDiscovery() {
    ClaimMention owns = withTerms(key("Kestrel Lines", "own", "Aurora"), "a", 1, "aurora", "kestrel", "line", "own");
    ClaimMention weather = withTerms(key("Storm", "hit", "coast"), "a", 2, "coast", "hit", "storm");
    ArticleWatch.Reading reading = WATCH.read(article("Kestrel Lines owns the Aurora. A storm hit the coast."), 2, List.of(owns, weather));
    assertEquals(Stance.SUPPORTS, reading.taken().stream().filter(t -> t.claimId().equals("W3")).findFirst().orElseThrow().mention().stance());
    assertTrue(reading.taken().stream().filter(t -> !t.claimId().equals("W3")).allMatch(t -> t.mention().stance() == Stance.DISCUSSES),
        () -> "the Aurora's sinking is at most discussed: " + reading.taken());
    assertEquals(List.of(weather), reading.unwatched());
  }

  @Test
  void anArticleAboutAClaimNoSentenceMatchesDiscussesItWithItsClosestSentence() {
    String body = "The ferry Aurora sank off Northport on Monday night. Divers searched the wreck off Northport harbour. "
        + "Forty passengers of the ferry were rescued by the coastguard.";
    // Each sentence shares too little of W1's words to match it alone; the article as a whole is about it.
    ClaimMention divers = withTerms(key("Divers", "search", "wreck"), "a", 1, "diver", "harbour", "northport", "search", "wreck");
    ClaimMention rescue = withTerms(key("coastguard", "rescue", "passengers"), "a", 2, "coastguard", "ferry", "forty", "passenger", "rescue");
    ArticleWatch.Reading reading = WATCH.read(article(body), 3, List.of(divers, rescue));
    List<ArticleWatch.Taken> w1 = reading.taken().stream().filter(t -> t.claimId().equals("W1")).toList();
    assertEquals(1, w1.size(), () -> "" + reading.taken());
    ClaimMention evidence = w1.get(0).mention();
    assertEquals(Stance.DISCUSSES, evidence.stance(), "a sentence with one of the claim's words does not state it");
    assertTrue(evidence.match() > 0 && evidence.match() < 0.2, () -> "below the sentence threshold: " + evidence.match());
    assertEquals(Stance.DISCUSSES, ArticleCoverage.of("W1", List.of(evidence)).relation(), "the article discusses the claim");
    assertEquals(List.of(divers, rescue), reading.unwatched(), "no sentence matched: both still go to discovery");
    assertTrue(reading.taken().stream().noneMatch(t -> t.claimId().equals("W2")), "nothing about the council");
  }
}
