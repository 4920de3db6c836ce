package dev.triangulate.scoring.claim;

import static dev.triangulate.scoring.claim.Mentions.asserted;
import static dev.triangulate.scoring.claim.Mentions.dated;
import static dev.triangulate.scoring.claim.Mentions.key;
import static dev.triangulate.scoring.claim.Mentions.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {
  private static final ClaimKey CLAIM = key("China", "recognize", "Taliban");

  private static ClaimVerdict verdict(ClaimMention... mentions) {
    return ClaimVerdict.of(Claim.discovered(CLAIM), List.of(mentions));
  }

  private static ClaimMention denied(String article, String outlet) {
    return mention(CLAIM, article, outlet, Modality.NEGATED, Attribution.OUTLET);
  }

  private static ClaimMention hedged(String article, String outlet) {
    return mention(CLAIM, article, outlet, Modality.HEDGED, Attribution.OUTLET);
  }

  @Test
  void twoOutletsAssertingCorroborate() {
    ClaimVerdict v = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B"));
    assertEquals(Verdict.CORROBORATED, v.verdict());
    assertEquals(2.0 / 3.0, v.corroboration(), 1e-9);
  }

  @Test
  void twoArticlesOfOneOutletAreOneSource() {
    ClaimVerdict v = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "A"));
    assertEquals(Verdict.SINGLE_SOURCE, v.verdict());
    assertEquals(1, v.independentOutlets());
    assertEquals(0.5, v.corroboration(), 1e-9);
  }

  @Test
  void supportAndDenialAreContested() {
    ClaimVerdict v = verdict(asserted(CLAIM, "a", "A"), denied("b", "B"), hedged("c", "C"));
    assertEquals(Verdict.CONTESTED, v.verdict());
    assertEquals(1, v.supporting());
    assertEquals(1, v.refuting());
    assertEquals(1, v.hedged());
  }

  @Test
  void twoDenialsWithoutSupportRefute() {
    assertEquals(Verdict.REFUTED, verdict(denied("a", "A"), denied("b", "B")).verdict());
  }

  @Test
  void onlyHedgesAreUnverified() {
    ClaimVerdict v = verdict(hedged("a", "A"), hedged("b", "B"));
    assertEquals(Verdict.UNVERIFIED, v.verdict());
    assertEquals(0.5 / 1.5, v.corroboration(), 1e-9);
  }

  @Test
  void anonymousSourcingIsNotSupport() {
    ClaimMention sources = mention(CLAIM, "a", "A", Modality.REPORTED, Attribution.anonymous("sources"));
    ClaimMention named = mention(CLAIM, "b", "B", Modality.REPORTED, Attribution.named("Wang Yi"));
    assertEquals(Stance.HEDGES, sources.stance());
    assertEquals(Stance.SUPPORTS, named.stance());
    assertEquals(Verdict.SINGLE_SOURCE, verdict(sources, named).verdict());
  }

  @Test
  void hedgedSupportCountsLessThanAssertion() {
    double hedgedOnly = verdict(hedged("a", "A"), asserted(CLAIM, "b", "B")).corroboration();
    double bothAsserted = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B")).corroboration();
    assertTrue(hedgedOnly < bothAsserted);
  }

  @Test
  void refutationLowersCorroboration() {
    double without = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B")).corroboration();
    double with = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B"), denied("c", "C")).corroboration();
    assertTrue(with < without);
  }

  @Test
  void verdictRowListsArticlesOutletsAndDates() {
    ClaimMention early = asserted(CLAIM, "004", "Monitor");
    ClaimMention late = dated(CLAIM, "000", "Leak", "2024-07-15", 2, Modality.ASSERTED, Attribution.OUTLET);
    ClaimVerdict v = verdict(late, early);
    assertEquals(List.of("000", "004"), v.articles());
    assertEquals(List.of("Leak", "Monitor"), v.outletNames());
    assertEquals("2021-07-28", v.firstSeen());
    assertEquals("2024-07-15", v.lastSeen());
    assertEquals("asserted 2021-07 (004) -> asserted 2024-07 (000)", v.timeline());
  }

  @Test
  void timelineShowsSpeculationDenialAndAssertionInDateOrder() {
    ClaimMention speculated = mention(CLAIM, "000", "Leak", Modality.HEDGED, Attribution.anonymous("sources"));
    ClaimMention denied = dated(CLAIM, "002", "Wire", "2021-08-16", 4, Modality.NEGATED, Attribution.OUTLET);
    ClaimMention asserted = dated(CLAIM, "004", "Monitor", "2024-07-15", 1, Modality.ASSERTED, Attribution.OUTLET);
    assertEquals(
        "speculated 2021-07 (000) -> denied 2021-08 (002) -> asserted 2024-07 (004)",
        verdict(asserted, denied, speculated).timeline());
  }

  @Test
  void watchedClaimWithoutMentionsHasNoCoverage() {
    ClaimVerdict v = ClaimVerdict.of(new Claim("W1", "China recognizes the Taliban", ClaimKey.NONE, ClaimOrigin.WATCHLIST), List.of());
    assertEquals(Verdict.NO_COVERAGE, v.verdict());
    assertEquals(0, v.outlets());
    assertEquals(0.0, v.corroboration());
    assertEquals("", v.evidence());
  }
}
