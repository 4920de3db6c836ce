package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP (loaded once for the whole test JVM) on sentences written for the rules. */
class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

  private static List<ClaimMention> claims(String text) {
    return EXTRACTOR.analyze(new Article("t", "Test Outlet", "2021-07-28", "", "", text, "test")).mentions();
  }

  private static ClaimMention only(String text, String readable) {
    List<ClaimMention> found = claims(text).stream().filter(m -> m.claim().readable().equals(readable)).toList();
    assertEquals(1, found.size(), () -> "expected one '" + readable + "' in " + claims(text));
    return found.get(0);
  }

  @Test
  void readinessIsHedgedAndSpellingIsCanonical() {
    ClaimMention m = only("China is ready to recognise the Taliban.", "China recognizes Taliban");
    assertEquals(Modality.HEDGED, m.modality());
    assertEquals(Stance.HEDGES, m.stance());
  }

  @Test
  void aliasesResolveAndNegationRefutes() {
    ClaimMention m = only("Beijing has not recognised the Islamic Emirate.", "China recognizes Taliban");
    assertEquals(Modality.NEGATED, m.modality());
    assertEquals(Stance.REFUTES, m.stance());
  }

  @Test
  void conditionIsConditional() {
    ClaimMention m =
        only("China will recognize the Taliban if the group forms an inclusive government.", "China recognizes Taliban");
    assertEquals(Modality.CONDITIONAL, m.modality());
  }

  @Test
  void namedSourceIsReportedAndSupports() {
    ClaimMention m =
        only("Wang Yi said the East Turkestan Islamic Movement poses a threat to China.", "ETIM is a threat to China");
    assertEquals(Modality.REPORTED, m.modality());
    assertEquals("Wang Yi", m.attribution().source());
    assertEquals(Stance.SUPPORTS, m.stance());
  }

  @Test
  void anonymousSourcesHedge() {
    ClaimMention m = only("China has recognized the Taliban, sources said.", "China recognizes Taliban");
    assertTrue(m.attribution().anonymous());
    assertEquals(Stance.HEDGES, m.stance());
  }

  @Test
  void lightVerbAndTitlesGiveOneSymmetricMeeting() {
    ClaimMention m =
        only(
            "Chinese Foreign Minister Wang Yi held talks with Mullah Abdul Ghani Baradar in Tianjin.",
            "Abdul Ghani Baradar meets Wang Yi");
    assertEquals(Modality.ASSERTED, m.modality());
  }

  @Test
  void nominalisationWithPossessiveSubject() {
    only("China's recognition of the Taliban was announced on Monday.", "China recognizes Taliban");
  }

  @Test
  void theCountryIsNotTheSubjectAgain() {
    only(
        "The Taliban took power in Afghanistan after the United States withdrew its troops from the country.",
        "United States withdraws from Afghanistan");
  }

  @Test
  void sentencesWithoutTwoEntitiesMakeNoClaim() {
    assertEquals(List.of(), claims("China is ready. Relations have grown steadily since then."));
  }

  @Test
  void oneMentionPerClaimPerSentence() {
    List<ClaimMention> found =
        claims("The Taliban seized control of Kabul on Sunday, returning to power after twenty years.");
    assertEquals(found.size(), found.stream().map(m -> m.claim().key()).distinct().count());
    assertTrue(found.stream().anyMatch(m -> m.claim().readable().equals("Taliban takes power in Afghanistan")));
  }
}
