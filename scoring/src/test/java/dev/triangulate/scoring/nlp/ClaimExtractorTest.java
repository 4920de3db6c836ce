package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Embedding;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.WatchedClaim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real CoreNLP (loaded once for the whole test JVM) on sentences written for the rules. */
class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard(true);

  private static List<ClaimMention> claims(String text) {
    return EXTRACTOR.analyze(new Article("t", "Test Outlet", "2021-07-28", "", "", text, "test")).mentions();
  }

  /** A body sentence under a headline: every claim it makes, not only its main one. */
  private static List<ClaimMention> bodyClaims(String text) {
    return EXTRACTOR.analyze(new Article("t", "Test Outlet", "2021-07-28", "", "Test story", text, "test")).mentions();
  }

  private static ClaimMention only(String text, String readable) {
    List<ClaimMention> found = claims(text).stream().filter(m -> m.key().readable().equals(readable)).toList();
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
    String text = "The Taliban took power in Afghanistan after the United States withdrew its troops from the country.";
    assertTrue(bodyClaims(text).stream().anyMatch(m -> m.key().readable().equals("United States withdraws from Afghanistan")), () -> bodyClaims(text).toString());
  }

  @Test
  void sentencesWithoutTwoEntitiesAreReadOnlyAsTerms() {
    List<ClaimMention> found = claims("China is ready. Relations have grown steadily since then.");
    assertTrue(found.stream().allMatch(m -> m.key().isNone()), () -> found.toString());
    assertEquals(List.of("china", "ready"), found.get(0).terms());
  }

  @Test
  void paraphrasesShareTheirContentTerms() {
    List<String> first = claims("Beijing became the first country to recognize a Taliban-appointed ambassador.").get(0).terms();
    List<String> second = claims("Chinese officials are ready to recognise the Taliban.").get(0).terms();
    assertTrue(first.containsAll(List.of("china", "recognize", "taliban")), first::toString);
    assertTrue(second.containsAll(List.of("china", "recognize", "taliban")), second::toString);
  }

  @Test
  void acronymTheArticleDefinesNamesTheSameBody() {
    List<ClaimMention> found =
        claims("The Northern Fishing Cooperative (NFC) blamed the storm.\n\nLater the NFC sued the harbour authority.");
    List<String> later = found.stream().filter(m -> m.sentenceIndex() == 1).findFirst().orElseThrow().terms();
    assertTrue(later.containsAll(List.of("northern", "fishing", "cooperative")) && !later.contains("nfc"), later::toString);
  }

  @Test
  void stanceWordsAreNotContent() {
    List<String> denial = claims("Police deny reports that the singer was arrested.").get(0).terms();
    assertEquals(List.of("arrest", "police", "singer"), denial);
  }

  @Test
  void embeddingsBringParaphrasesTogetherThatShareNoWord() {
    Embedding sank = SentenceEmbedder.embed("The ferry sank off the coast.");
    double paraphrase = sank.cosine(SentenceEmbedder.embed("A boat went down near the shore."));
    double unrelated = sank.cosine(SentenceEmbedder.embed("The city council approved a new budget."));
    assertTrue(paraphrase > 0.4 && unrelated < 0.2 && paraphrase > unrelated + 0.3, () -> paraphrase + " vs " + unrelated);
  }

  @Test
  void aRepeatedSentenceIsEncodedOnce() {
    String wireCopy = "The ferry sank off the coast on Tuesday, the coast guard said.";
    Embedding first = SentenceEmbedder.embed(wireCopy);
    assertSame(first, SentenceEmbedder.embed(new String(wireCopy.toCharArray())));
    assertEquals(1.0, first.cosine(first), 1e-5);
  }

  @Test
  void onlySentencesDiscoveryGroupsAreEmbedded() {
    List<ClaimMention> found = claims("Ferry sinks off the coast\n\nThe weather was calm all week.");
    assertEquals(384, found.get(0).embedding().values().length);
    assertTrue(found.get(1).embedding().isNone(), "a body sentence read only as terms is not embedded");
  }

  @Test
  void watchedClaimIsReadLikeASentence() {
    WatchedClaim w = EXTRACTOR.watched("W1", " Beijing has recognised the Taliban. ");
    assertEquals("W1", w.id());
    assertEquals("Beijing has recognised the Taliban.", w.text());
    assertEquals("China recognizes Taliban", w.key().readable());
    assertEquals(List.of("china", "recognize", "taliban"), w.terms());
  }

  /** One row of testdata/matching/stance.tsv: the sentence and what the extractor must make of it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stanceFixtures")
  void stanceModalityAndFactuality(String sentence, String stance, String modality, String certainty, String polarity) {
    ClaimMention m = claims(sentence).get(0);
    assertEquals(
        List.of(stance, modality, certainty, polarity),
        List.of(m.stance().name(), m.modality().label(), m.certainty().label(), m.polarity()),
        () -> "stance, modality, certainty, polarity of: " + sentence);
  }

  static Stream<Arguments> stanceFixtures() throws IOException {
    return Files.readAllLines(Path.of("..", "testdata", "matching", "stance.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> Arguments.of((Object[]) line.split("\t")));
  }

  @Test
  void oneMentionPerClaimPerSentence() {
    List<ClaimMention> found =
        claims("The Taliban seized control of Kabul on Sunday, returning to power after twenty years.");
    assertEquals(found.size(), found.stream().map(m -> m.key().key()).distinct().count());
    assertTrue(found.stream().anyMatch(m -> m.key().readable().equals("Taliban takes power in Afghanistan")));
  }
}
