package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clause-level propositions and their claims on sentences written for each rule: the label a
 * reader would accept, the canonical key, and the factuality of the claim's own clause.
 */
class PropositionsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard(false);

  /** The claims of the text as an article's body, under a headline that makes none. */
  private static List<ClaimMention> claims(String text) {
    return EXTRACTOR.analyze(new Article("t", "Test Outlet", "2022-03-01", "", "Test story", text, "test")).mentions().stream()
        .filter(m -> !m.key().isNone())
        .toList();
  }

  private static ClaimMention labelled(String text, String label) {
    List<ClaimMention> found = claims(text);
    return found.stream()
        .filter(m -> m.proposition().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + label + "' in " + found.stream().map(ClaimMention::proposition).toList()));
  }

  private static List<OpenIe.Extraction> tuples(String sentence) {
    CoreDocument doc = NlpPipeline.shared().annotate(sentence);
    return OpenIe.extract(doc.sentences().get(0));
  }

  @Test
  void aRelativeClauseIsAPropositionAboutItsAntecedent() {
    ClaimMention m = labelled(
        "Baradar, who heads the Taliban's political office in Qatar, arrived in Tianjin on Tuesday.",
        "Abdul Ghani Baradar heads the Taliban's political office in Qatar");
    assertEquals("Abdul Ghani Baradar|head|Taliban", m.key().key());
  }

  @Test
  void coordinatedSubjectsGiveOneClaimEach() {
    String text = "Norway and Denmark have signed a fishing accord with Iceland.";
    assertEquals(
        List.of("Denmark has signed a fishing accord with Iceland", "Norway has signed a fishing accord with Iceland"),
        claims(text).stream().map(ClaimMention::proposition).sorted().toList());
  }

  @Test
  void aControllingVerbStaysInTheRelationAndOutOfTheLabel() {
    assertTrue(tuples("The rescuers tried to reach the miners through a side tunnel.").stream()
        .anyMatch(t -> t.relation().equals("tried to reach") && t.arguments().get(1).equals("the miners")));
    ClaimMention m = labelled("Germany is ready to recognize Kosovo.", "Germany recognizes Kosovo");
    assertEquals(Modality.HEDGED, m.modality());
  }

  @Test
  void aFailedOrRefusedActIsDenied() {
    ClaimMention failed = labelled("The Navy SEALs failed to rescue James Foley in Syria.", "The Navy SEALs rescue James Foley in Syria");
    assertEquals(Stance.REFUTES, failed.stance());
    ClaimMention refused = labelled("The council refused to fund Oakport Hospital.", "The council funds Oakport Hospital");
    assertEquals("negative", refused.polarity());
    ClaimMention refusal = labelled("Officials criticised the council's refusal to fund Oakport Hospital.", "The council funds Oakport Hospital");
    assertEquals(Stance.REFUTES, refusal.stance());
  }

  @Test
  void theContentOfARumourIsHedgedAndOfAHoaxDenied() {
    ClaimMention rumour = labelled("Residents heard a rumour that Oakport Council sold the harbour.", "Oakport Council sold the harbour");
    assertEquals(Modality.HEDGED, rumour.modality());
    ClaimMention hoax = labelled("Officials exposed the hoax that Oakport Council sold the harbour.", "Oakport Council sold the harbour");
    assertEquals(Stance.REFUTES, hoax.stance());
  }

  @Test
  void aNegationInsideAReportedClauseStaysThere() {
    ClaimMention assured = labelled(
        "Portugal assured Spain that the river would not be diverted.", "Portugal assured Spain that the river would not be diverted");
    assertEquals(Stance.SUPPORTS, assured.stance());
  }

  @Test
  void aThirdPartysPositionIsNotTheActItOpposes() {
    List<ClaimMention> found = claims("Canada is against recognizing the junta in Myanmar.");
    assertTrue(found.stream().noneMatch(m -> m.key().predicate().equals("recognize")), found::toString);
    assertTrue(found.stream().anyMatch(m -> m.key().predicate().equals("oppose") && m.key().subject().equals("Canada")), found::toString);
  }

  @Test
  void aMeetingNamedByANounIsAMeetingOfTheClauseSubject() {
    ClaimMention m = labelled(
        "Chinese Foreign Minister Wang Yi spoke during a meeting with Abdul Ghani Baradar in Tianjin.",
        "Wang Yi meets Abdul Ghani Baradar in Tianjin");
    assertEquals("Abdul Ghani Baradar|meet|Wang Yi", m.key().key());
  }

  @Test
  void theSpeakerOfReportedSpeechIsTheAttribution() {
    ClaimMention m = labelled("Mayor Lena Ortiz said the Harbour Authority had closed the port.", "The Harbour Authority had closed the port");
    assertEquals(Modality.REPORTED, m.modality());
    assertEquals("Lena Ortiz", m.attribution().source());
  }

  @Test
  void aPronounOfAGroupIsTheGroupInTheLabel() {
    labelled("The Taliban entered Kabul on Sunday, and China recognized them a week later.", "China recognized the Taliban");
  }

  @Test
  void anUnresolvedPronounMakesNoClaim() {
    assertTrue(claims("Police are pressing it to resign.").isEmpty());
  }

  @Test
  void aClaimNeedsANamedParticipant() {
    assertTrue(claims("The committee approved the new budget after a long debate.").isEmpty());
  }

  @Test
  void headingsAndQuestionsMakeNoClaim() {
    List<ClaimMention> found = claims(
        "Norway signed a fishing accord with Iceland.\n\nNorway will pay Iceland for access to its waters.\n\n"
            + "THE ACCORD WAS SIGNED IN REYKJAVIK\n\nWill Iceland ratify the accord?");
    assertEquals(List.of(1, 2), found.stream().map(ClaimMention::sentenceIndex).distinct().toList());
  }
}
