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

  private static ClaimMention on(String date, String article, String outlet, Modality modality) {
    return dated(CLAIM, article, outlet, date, 1, modality, Attribution.OUTLET);
  }

  @Test
  void outletsCitingOneWireServiceAreOneSource() {
    Upstream reuters = Upstream.credited("Reuters");
    ClaimVerdict v =
        verdict(
            withUpstream(asserted(CLAIM, "a", "A"), reuters),
            withUpstream(asserted(CLAIM, "b", "B"), reuters),
            asserted(CLAIM, "r", "Reuters"));
    assertEquals(3, v.outlets());
    assertEquals(1, v.independentOutlets());
    assertEquals(Verdict.SINGLE_SOURCE, v.verdict());
    assertEquals(List.of("A", "B", "Reuters"), v.sources().get(0).outlets());
    assertEquals("Reuters (A, B, Reuters)", v.sources().get(0).display());
  }

  @Test
  void aNearCopyDoesNotRaiseIndependentOutlets() {
    ClaimVerdict original = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B"));
    ClaimVerdict withCopy =
        verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B"), asserted(CLAIM, "c", "C").asCopyOf("A", "a"));
    assertEquals(original.independentOutlets(), withCopy.independentOutlets());
    assertEquals(3, withCopy.outlets());
    assertEquals(original.corroboration(), withCopy.corroboration(), 1e-12);
  }

  @Test
  void anOutletRestatingACreditedReportLeansOnItAndOneCitingTwoSourcesCountsAsItself() {
    ClaimVerdict restated =
        verdict(withUpstream(asserted(CLAIM, "a", "A"), Upstream.credited("Reuters")), asserted(CLAIM, "a2", "A"), asserted(CLAIM, "r", "Reuters"));
    assertEquals(1, restated.independentOutlets());
    ClaimVerdict twoCredits =
        verdict(
            withUpstream(asserted(CLAIM, "a", "A"), Upstream.credited("Reuters")),
            withUpstream(asserted(CLAIM, "a3", "A"), Upstream.credited("Associated Press")),
            asserted(CLAIM, "r", "Reuters"));
    assertEquals(2, twoCredits.independentOutlets());
    assertEquals(Verdict.CORROBORATED, twoCredits.verdict());
  }

  @Test
  void denialsOverriddenByLaterSupportAreSuperseded() {
    ClaimVerdict v =
        verdict(
            on("2021-08-16", "002", "Wire", Modality.NEGATED),
            on("2024-07-15", "004", "Monitor", Modality.ASSERTED),
            on("2024-07-20", "005", "Post", Modality.ASSERTED));
    assertEquals(Verdict.CORROBORATED, v.verdict());
    assertTrue(v.reason().contains("denials up to 2021-08 superseded by support from 2024-07 (confirmed later)"), v.reason());
    assertTrue(v.sources().stream().filter(p -> p.stance() == Stance.REFUTES).allMatch(SourcePosition::superseded));
    assertEquals(1, v.refuting(), "the denial is still listed");
  }

  @Test
  void supportOverriddenByLaterDenialsIsRefutedLater() {
    ClaimVerdict v =
        verdict(
            on("2021-01-10", "a", "A", Modality.ASSERTED),
            on("2022-03-01", "b", "B", Modality.NEGATED),
            on("2022-03-02", "c", "C", Modality.NEGATED));
    assertEquals(Verdict.REFUTED, v.verdict());
    assertTrue(v.reason().endsWith("(refuted later)"), v.reason());
  }

  @Test
  void denialAndSupportCloseInTimeAreContested() {
    ClaimVerdict v = verdict(on("2021-08-16", "a", "A", Modality.NEGATED), on("2021-12-01", "b", "B", Modality.ASSERTED));
    assertEquals(Verdict.CONTESTED, v.verdict());
    assertTrue(v.sources().stream().noneMatch(SourcePosition::superseded));
  }

  @Test
  void undatedPositionsAreNeverSuperseded() {
    ClaimVerdict v = verdict(on("", "a", "A", Modality.NEGATED), on("2024-07-15", "b", "B", Modality.ASSERTED));
    assertEquals(Verdict.CONTESTED, v.verdict());
  }

  @Test
  void twoDenialsOutweighUpToFourSupports() {
    assertEquals(Verdict.REFUTED, VerdictRules.verdict(4, 2, 0));
    assertEquals(Verdict.CONTESTED, VerdictRules.verdict(5, 2, 0));
    assertEquals(Verdict.CONTESTED, VerdictRules.verdict(1, 1, 0));
    assertEquals(Verdict.REFUTED, VerdictRules.verdict(0, 2, 0));
    assertEquals(Verdict.SINGLE_SOURCE, VerdictRules.verdict(0, 1, 3));
  }

  @Test
  void aClaimMostSourcesOnlyRelayAsARumourIsNotCorroborated() {
    assertEquals(Verdict.CORROBORATED, VerdictRules.verdict(2, 0, 2));
    assertEquals(Verdict.UNVERIFIED, VerdictRules.verdict(2, 0, 3));
    ClaimVerdict v = verdict(asserted(CLAIM, "a", "A"), asserted(CLAIM, "b", "B"), hedged("c", "C"), hedged("d", "D"), hedged("e", "E"));
    assertEquals(Verdict.UNVERIFIED, v.verdict());
  }

  @Test
  void reasonNamesTheSourcesOnEachSide() {
    ClaimVerdict v = verdict(asserted(CLAIM, "a", "A"), denied("b", "B"), hedged("c", "C"));
    assertEquals(
        "supported by 1 independent source: A; refuted by 1 independent source: B; only hedged by 1 independent source: C",
        v.reason());
    assertEquals("sentence of b", v.counterEvidence(), "a denial is the counter-evidence to an assertion");
  }

  @Test
  void sourcesThatOnlyDiscussAClaimNeverCorroborateIt() {
    ClaimVerdict v = verdict(discussing("a", "A"), discussing("b", "B"), discussing("c", "C"));
    assertEquals(Verdict.NO_COVERAGE, v.verdict(), "nobody makes it");
    assertEquals(List.of(), v.articles(), "the articles making it");
    assertEquals(0.0, v.corroboration());
    assertEquals("only discussed by 3 independent sources: A, B, C", v.reason());
    assertEquals(Verdict.SINGLE_SOURCE, verdict(asserted(CLAIM, "a", "A"), discussing("b", "B"), discussing("c", "C")).verdict());
  }

  @Test
  void anArticleVotesOnceWhateverNumberOfSentencesRepeatIt() {
    ClaimMention first = dated(CLAIM, "a", "A", "2021-07-28", 1, Modality.NEGATED, Attribution.OUTLET);
    ClaimMention second = dated(CLAIM, "a", "A", "2021-07-28", 2, Modality.NEGATED, Attribution.OUTLET);
    ClaimMention third = dated(CLAIM, "a", "A", "2021-07-28", 3, Modality.NEGATED, Attribution.OUTLET);
    ClaimMention backing = dated(CLAIM, "b", "A", "2021-07-28", 1, Modality.ASSERTED, Attribution.OUTLET);
    ClaimMention againBacking = dated(CLAIM, "c", "A", "2021-07-28", 1, Modality.ASSERTED, Attribution.OUTLET);
    // Outlet A: one article denies it in three sentences, two articles back it: two articles against one.
    assertEquals(Stance.SUPPORTS, Independence.positions(List.of(first, second, third, backing, againBacking)).get(0).stance());
  }

  private static ClaimMention discussing(String article, String outlet) {
    return asserted(CLAIM, article, outlet).withMatch(0.3, Stance.DISCUSSES);
  }

  private static ClaimMention withUpstream(ClaimMention m, Upstream upstream) {
    return new ClaimMention(
        m.key(), m.terms(), m.articleId(), m.outlet(), m.published(), m.sentenceIndex(), m.sentence(), m.modality(),
        m.certainty(), m.stance(), m.attribution(), upstream, m.loaded(), m.embedding(), m.match());
  }
}
