package dev.triangulate.scoring.claim;

import static dev.triangulate.scoring.claim.Mentions.headline;
import static dev.triangulate.scoring.claim.Mentions.key;
import static dev.triangulate.scoring.claim.Mentions.withTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Watchlist matching and discovery clustering on hand-made term sets (no NLP). */
class ClaimMatchingTest {
  private static final List<WatchedClaim> WATCHLIST =
      List.of(
          new WatchedClaim("W1", "The ferry Aurora sank off Northport", List.of("aurora", "ferry", "northport", "sink"), ClaimKey.NONE, Embedding.NONE),
          new WatchedClaim("W2", "A rival firm sabotaged the Aurora", List.of("aurora", "firm", "rival", "sabotage"), ClaimKey.NONE, Embedding.NONE),
          new WatchedClaim("W3", "Kestrel Lines owns the Aurora", List.of("aurora", "kestrel", "line", "own"), key("Kestrel Lines", "own", "Aurora"), Embedding.NONE));

  @Test
  void paraphraseMatchesTheClaimItShares() {
    Watchlist watchlist = new Watchlist(WATCHLIST, 0.2);
    assertEquals("W1", watchlist.match(headline("a", "aurora", "harbour", "northport", "sink")).orElseThrow().claim().id());
    assertEquals("W2", watchlist.match(headline("b", "aurora", "sabotage", "rival")).orElseThrow().claim().id());
  }

  @Test
  void sentenceSharingNothingDistinctiveIsNotMatched() {
    Watchlist watchlist = new Watchlist(WATCHLIST, 0.2);
    assertTrue(watchlist.match(headline("c", "aurora", "crew", "strike", "wage", "union")).isEmpty());
    assertTrue(watchlist.match(headline("d", "election", "mayor")).isEmpty());
  }

  @Test
  void sameTripleMatchesFully() {
    Watchlist watchlist = new Watchlist(WATCHLIST, 0.2);
    Watchlist.Match m = watchlist.match(withTerms(key("Kestrel Lines", "own", "Aurora"), "e", 3, "aurora", "company")).orElseThrow();
    assertEquals("W3", m.claim().id());
    assertEquals(1.0, m.score());
  }

  @Test
  void aSentenceMatchesEveryClaimItTouchesEachWithItsOwnStance() {
    Watchlist watchlist = new Watchlist(WATCHLIST, 0.2);
    List<Watchlist.Match> matches =
        watchlist.matches(withTerms(key("Kestrel Lines", "own", "Aurora"), "i", 2, "aurora", "kestrel", "line", "own", "rival", "sabotage", "firm"));
    assertEquals(List.of("W2", "W3"), matches.stream().map(m -> m.claim().id()).toList());
    assertEquals(Stance.SUPPORTS, matches.get(1).stance(), "the sentence's own proposition is W3's");
  }

  @Test
  void anotherSubjectDoingTheSameThingOnlyDiscussesTheClaim() {
    WatchedClaim recognises = new WatchedClaim(
        "R", "China recognised the Taliban", List.of("china", "recognise", "taliban"), key("China", "recognise", "Taliban"), Embedding.NONE);
    ClaimMention opposing = withTerms(key("United States", "oppose", "Taliban"), "j", 4, "recognise", "taliban", "united states");
    assertTrue(Watchlist.STATES_SCORE <= 0.6);
    assertEquals(false, Watchlist.states(recognises, opposing, 0.6, true), "the US opposing recognition is not China recognising");
    assertEquals(true, Watchlist.states(recognises, withTerms(key("China", "recognise", ""), "k", 1, "china", "recognise"), 0.3, true),
        "same doer and deed, the object left out");
    assertEquals(false, Watchlist.states(recognises, withTerms(key("China", "mediate", "Pakistan"), "l", 1, "china", "taliban"), 0.43, true),
        "same people, another deed, loosely matched");
    assertEquals(false, Watchlist.states(recognises, withTerms(ClaimKey.NONE, "m", 3, "china", "taliban"), 0.3, true), "topical overlap");
    assertEquals(true, Watchlist.states(recognises, withTerms(ClaimKey.NONE, "n", 3, "china", "recognise", "regime", "taliban"), 0.3, true),
        "names the claim's event");
    assertEquals(false, Watchlist.states(recognises, headline("q", "beijing", "embrace", "taliban"), 0.3, false),
        "a headline only discusses the claims it matches less well than its own");
    assertEquals(true, Watchlist.states(recognises, headline("o", "beijing", "embrace", "taliban"), 0.3, true), "a headline paraphrasing it");
    assertEquals(false, Watchlist.states(recognises, withTerms(key("China", "meet", "Taliban"), "p", 0, "china", "meet", "taliban"), 0.36, true),
        "a headline about another deed of China, loosely matched");
  }

  @Test
  void morePreciseMatchScoresHigher() {
    Watchlist watchlist = new Watchlist(WATCHLIST, 0.0);
    double exact = watchlist.score(WATCHLIST.get(0), headline("f", "aurora", "ferry", "northport", "sink"));
    double longer = watchlist.score(WATCHLIST.get(0), headline("g", "aurora", "ferry", "northport", "sink", "storm", "night", "coast", "wave"));
    double partial = watchlist.score(WATCHLIST.get(0), headline("h", "aurora", "sink"));
    assertEquals(1.0, exact, 1e-9);
    assertTrue(longer < exact && partial < exact, () -> longer + " " + partial);
  }

  @Test
  void paraphrasedHeadlinesClusterAndUnrelatedOnesDoNot() {
    List<ClaimMention> mentions =
        List.of(
            headline("a1", "aurora", "ferry", "northport", "sink"),
            headline("a2", "aurora", "harbour", "northport", "sink"),
            headline("a3", "aurora", "ferry", "sink"),
            headline("b1", "election", "mayor", "northport", "win"),
            headline("b2", "crane", "election", "mayor", "win"),
            headline("c1", "festival", "jazz", "summer"));
    assertEquals(
        Set.of(Set.of("a1", "a2", "a3"), Set.of("b1", "b2"), Set.of("c1")),
        clusters(new ClaimClusterer(0.2).cluster(mentions)));
  }

  @Test
  void sameTripleIsOneClaimNamedByIt() {
    ClaimKey owns = key("Kestrel Lines", "own", "Aurora");
    List<ClaimGroup> groups =
        new ClaimClusterer(0.2).cluster(List.of(withTerms(owns, "a", 2, "kestrel"), withTerms(owns, "b", 5, "aurora")));
    assertEquals(1, groups.size());
    assertEquals(owns.id(), groups.get(0).claim().id());
    assertEquals(owns.readable(), groups.get(0).claim().text());
  }

  @Test
  void twoClaimsOfOneSentenceStayApart() {
    ClaimMention first = withTerms(key("Aurora", "leave", "Northport"), "a", 1, "aurora", "northport", "storm");
    ClaimMention second = withTerms(key("Storm", "hit", "Northport"), "a", 1, "aurora", "northport", "storm");
    assertEquals(2, new ClaimClusterer(0.0).cluster(List.of(first, second)).size());
  }

  @Test
  void triplesAboutDifferentThingsNeverMerge() {
    ClaimMention a = withTerms(key("Aurora", "sink", "Northport"), "a", 1, "aurora", "northport", "sink");
    ClaimMention b = withTerms(key("Kestrel Lines", "sink", "Portsea"), "b", 1, "aurora", "northport", "sink");
    assertEquals(0.0, ClaimClusterer.similarity(a, b, new TermWeights(List.of(a.terms(), b.terms()))));
  }

  @Test
  void headlineWithoutTripleIsNamedByItsMostCentralSentence() {
    List<ClaimGroup> groups =
        new ClaimClusterer(0.2).cluster(
            List.of(
                headline("a", "aurora", "ferry", "sink"),
                headline("b", "aurora", "ferry", "northport", "sink"),
                headline("c", "aurora", "northport", "sink")));
    assertEquals(1, groups.size());
    assertEquals("aurora ferry northport sink", groups.get(0).claim().text());
    assertEquals(ClaimOrigin.DISCOVERED, groups.get(0).claim().origin());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<ClaimMention> mentions = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      mentions.add(headline("x" + i, "topic" + (i % 4), "shared", "word" + (i % 7), "term" + (i % 3)));
    }
    List<ClaimGroup> expected = new ClaimClusterer(0.2).cluster(mentions);
    Collections.shuffle(mentions, new Random(7));
    assertEquals(expected, new ClaimClusterer(0.2).cluster(mentions));
  }

  private static Set<Set<String>> clusters(List<ClaimGroup> groups) {
    return groups.stream()
        .map(g -> g.mentions().stream().map(ClaimMention::articleId).collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
  }
}
