package dev.triangulate.scoring.language;

import static dev.triangulate.scoring.language.TestWords.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadedLanguageScorerTest {

  private static final LoadedLanguageScorer SCORER = LoadedLanguageScorer.standard();
  private static final double EPS = 1e-9;

  private static LoadedScore score(String sentence) {
    return SCORER.scoreSentence(sentence, words(sentence));
  }

  private static LoadedScore score(String sentence, Map<String, String> lemmas) {
    return SCORER.scoreSentence(sentence, words(sentence, lemmas));
  }

  @Test
  void neutralWireSentenceScoresZero() {
    LoadedScore s = score("The ministry said the meeting took place on Wednesday.");
    assertEquals(0.0, s.score());
    assertEquals(List.of(), s.terms());
  }

  @Test
  void neutralWireCopyWithWordsLeftOutOfTheLexiconScoresZero() {
    assertEquals(0.0, score("Militants attacked a government convoy, the terrorist group's spokesman said.").score());
    assertEquals(0.0, score("The new tax regime takes effect in May.").score());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Police said the terror group had planned the raid.     | terror group[label]",
        "Shocking footage emerged on Tuesday.                    | Shocking[hyperbole]",
        "Residents were fuming after the decision.               | fuming[emotive]",
        "Share this news with everyone.                          | Share this news[clickbait]",
        "The vote showed the party's hidden agenda.              | hidden agenda[accusation]",
        "Critics called the plan ludicrous.                      | ludicrous[emotive]",
        "The spokesman is a liar and a charlatan.                | liar[label];charlatan[label]",
        "The report was a hatchet job.                           | hatchet job[accusation]",
        "The launch was a complete fiasco.                       | fiasco[hyperbole]",
        "The minister gave a disingenuous answer.                | disingenuous[accusation]",
        "Critics called the plan cynically timed.                | cynically[emotive]",
      })
  void eachLexiconCategoryIsFound(String sentence, String expected) {
    assertEquals(expected, score(sentence).termsDisplay());
  }

  @Test
  void intensifierJoinsTheLoadedPhraseItPrecedes() {
    LoadedScore s = score("The vote was utterly disgraceful.");
    assertEquals("utterly disgraceful[emotive]", s.termsDisplay());
    assertEquals(LoadedCategory.EMOTIVE.weight(), s.raw(), EPS);
  }

  @Test
  void intensifierBeforeAnUnlistedAdjectiveIsHyperbole() {
    String sentence = "The forecast was totally wrong .";
    assertEquals("totally wrong[hyperbole]",
        SCORER.scoreSentence(sentence, TestWords.tagged(sentence, "DT NN VBD RB JJ .")).termsDisplay());
  }

  @Test
  void patentlyIntensifiesAnUnlistedAdjective() {
    String sentence = "The claim is patently false .";
    assertEquals("patently false[hyperbole]",
        SCORER.scoreSentence(sentence, TestWords.tagged(sentence, "DT NN VBZ RB JJ .")).termsDisplay());
  }

  @Test
  void intensifierAloneOrBeforeAVerbScoresNothing() {
    String verb = "They totally agreed .";
    assertEquals(0.0, SCORER.scoreSentence(verb, TestWords.tagged(verb, "PRP RB VBD .")).score());
    String alone = "Absolutely , he said .";
    assertEquals(0.0, SCORER.scoreSentence(alone, TestWords.tagged(alone, "RB , PRP VBD .")).score());
  }

  @Test
  void negationCoversAnIntensifiedPhrase() {
    assertEquals(0.0, score("The vote was not utterly disgraceful.").score());
  }

  @Test
  void partOfSpeechSeparatesTheLoadedSenseFromTheNeutralOne() {
    String adjective = "It was an evil plan .";
    String noun = "The problem of evil .";
    String lieNoun = "That is a lie .";
    String lieVerb = "They lie down .";
    assertEquals("evil[emotive]",
        SCORER.scoreSentence(adjective, TestWords.tagged(adjective, "PRP VBD DT JJ NN .")).termsDisplay());
    assertEquals(0.0, SCORER.scoreSentence(noun, TestWords.tagged(noun, "DT NN IN NN .")).score());
    assertEquals("lie[accusation]",
        SCORER.scoreSentence(lieNoun, TestWords.tagged(lieNoun, "DT VBZ DT NN .")).termsDisplay());
    assertEquals(0.0, SCORER.scoreSentence(lieVerb, TestWords.tagged(lieVerb, "PRP VBP RP .")).score());
  }

  @Test
  void matchesOnLemmasSoInflectedFormsCount() {
    LoadedScore s = score("Thugs showed their true colours.", Map.of("thugs", "thug", "colours", "colour"));
    assertEquals("Thugs[label];true colours[accusation]", s.termsDisplay());
    assertEquals(1.8, s.raw(), EPS);
    assertEquals(1 - Math.exp(-1.8), s.score(), EPS);
  }

  @Test
  void surfaceFormMatchesWhenTheLemmaIsTheVerb() {
    assertEquals("fuming[emotive]", score("He was fuming.", Map.of("fuming", "fume")).termsDisplay());
  }

  @Test
  void longestMultiWordPhraseWinsAsOneTerm() {
    assertEquals("puppet master[label]", score("He is the puppet master here.").termsDisplay());
    assertEquals(
        "You won't believe[clickbait]", score("You won't believe what they found.").termsDisplay());
  }

  @Test
  void negatedPhraseIsNotCounted() {
    assertEquals(0.0, score("The result was not a shocking one.").score());
    assertEquals(0.0, score("It was hardly unprecedented.").score());
    assertEquals(0.0, score("The talks weren't a farce.").score());
  }

  @Test
  void negationDoesNotReachPastThreeWordsOrAClauseBoundary() {
    assertEquals("shocking[hyperbole]", score("No one expected the shocking result.").termsDisplay());
    assertEquals("shocking[hyperbole]", score("It did not rain, shocking farmers.").termsDisplay());
  }

  @Test
  void quotedSpeechIsMarkedAndCountsHalf() {
    LoadedScore s = score("“These thugs will pay,” the minister said.", Map.of("thugs", "thug"));
    assertEquals("thugs[label,quoted]", s.termsDisplay());
    assertEquals(0.5, s.raw(), EPS);
  }

  @Test
  void quoteOpenedInAnEarlierSentenceStillMarksTheTermQuoted() {
    assertEquals("regime[label,quoted]", score("the regime must go,\" he told reporters.").termsDisplay());
  }

  @Test
  void shortQuotedNounPhraseIsScareQuotes() {
    LoadedScore s = score("The so-called \"peace delegation\" arrived on Monday.");
    assertEquals("so-called[label];peace delegation[scare-quotes]", s.termsDisplay());
    assertEquals(1.5, s.raw(), EPS);
  }

  @Test
  void soCalledSplitAsCoreNlpSplitsItStillOpensScareQuotes() {
    // CoreNLP: so / - / called, "called" a VBN with lemma "call", which alone would read as a speech verb.
    String sentence = "Critics of so-called \"sanctuary cities\" spoke.";
    List<Word> words = List.of(
        new Word("Critics", "critic", "NNS", 0, 7), new Word("of", "of", "IN", 8, 10),
        new Word("so", "so", "RB", 11, 13), new Word("-", "-", "HYPH", 13, 14),
        new Word("called", "call", "VBN", 14, 20), new Word("\"", "\"", "``", 21, 22),
        new Word("sanctuary", "sanctuary", "JJ", 22, 31), new Word("cities", "city", "NNS", 32, 38),
        new Word("\"", "\"", "''", 38, 39), new Word("spoke", "speak", "VBD", 40, 45),
        new Word(".", ".", ".", 45, 46));
    assertEquals("so-called[label];sanctuary cities[scare-quotes]",
        SCORER.scoreSentence(sentence, words).termsDisplay());
  }

  @Test
  void partialQuoteOfASourceIsNotScareQuotes() {
    assertEquals(0.0, score("The minister called the talks \"productive\" on Friday.").score());
    assertEquals(0.0, score("Officials called it a \"constructive step\".", Map.of("called", "call")).score());
  }

  @Test
  void longQuotationIsNotScareQuotes() {
    assertEquals(0.0, score("He said \"the meeting will go ahead\" despite the rain.").score());
  }

  @Test
  void allCapsRunsCountButAcronymsAndDatelinesDoNot() {
    assertEquals("DEAD WRONG[all-caps]", score("Officials were DEAD WRONG about it.").termsDisplay());
    assertEquals("UNWORKABLE[all-caps]", score("The plan is UNWORKABLE.").termsDisplay());
    // A listed word in capitals is both: the word and the shouting are separate choices.
    assertEquals("RIDICULOUS[emotive];RIDICULOUS[all-caps]", score("The plan is RIDICULOUS.").termsDisplay());
    assertEquals(0.0, score("The plan is SAD.").score());
    assertEquals(0.0, score("NATO and ETIM met the US envoy in HSBC offices.").score());
    assertEquals(0.0, score("WASHINGTON (Reuters) - The ministry said the meeting took place.").score());
  }

  @Test
  void oneExclamationPerSentence() {
    LoadedScore s = score("Stop this now!! Right now!");
    assertEquals("![exclamation]", s.termsDisplay());
    assertEquals(0.4, s.raw(), EPS);
  }

  @Test
  void exclamationInsideQuotesIsQuoted() {
    assertEquals("![exclamation,quoted]", score("\"Stop!\" the officer shouted.").termsDisplay());
  }

  @Test
  void closingQuestionMarkIsRhetoricalUnlessQuoted() {
    assertEquals("?[rhetorical-question]", score("Is this the end of the alliance?").termsDisplay());
    assertEquals(0.0, score("He asked: \"Is this the end?\"").score());
  }

  @Test
  void termsAreListedInTextOrderWithTheirSurfaceText() {
    LoadedScore s = score("Shocking: the regime cosied up to thugs!", Map.of("cosied", "cosy", "thugs", "thug"));
    assertEquals(
        "Shocking[hyperbole];regime[label];cosied up[emotive];thugs[label];![exclamation]", s.termsDisplay());
  }

  @Test
  void eachTermKnowsWhereItBeginsInItsSentence() {
    String sentence = "They backed regime change, and the regime fell!";
    LoadedScore s = score(sentence);
    assertEquals("regime[label];![exclamation]", s.termsDisplay());
    assertEquals(List.of(35, 46), s.terms().stream().map(LoadedTerm::begin).toList());
    assertEquals("regime", sentence.substring(35, 41));
  }

  @Test
  void articleScoreIsPointFourAtOneWeightedTermPerHundredTokens() {
    LoadedScore sentence = score("The regime met on Monday.");
    assertEquals(0.4, SCORER.scoreText(List.of(sentence), 100).score(), 1e-12);
  }

  @Test
  void longerNeutralTextDilutesTheArticleScore() {
    LoadedScore loaded = score("Shocking: the regime lied!");
    LoadedScore neutral = score("The ministry said the meeting took place on Wednesday.");
    List<LoadedScore> longer = new ArrayList<>(List.of(loaded));
    longer.addAll(Collections.nCopies(20, neutral));

    LoadedScore shortArticle = SCORER.scoreText(List.of(loaded), 6);
    LoadedScore longArticle = SCORER.scoreText(longer, 6 + 20 * 10);

    assertTrue(shortArticle.score() > longArticle.score());
    assertTrue(longArticle.score() > 0.0);
    assertEquals(shortArticle.raw(), longArticle.raw(), EPS);
    assertEquals(loaded.terms(), longArticle.terms());
  }

  @Test
  void articleScoreStaysInRangeAndHandlesEmptyInput() {
    assertEquals(0.0, SCORER.scoreText(List.of(), 0).score());
    double high = SCORER.scoreText(List.of(score("Shocking: the regime lied!")), 0).score();
    assertTrue(high > 0.99 && high <= 1.0);
  }

  @Test
  void aLabelCountsOncePerArticleWhateverItsInflection() {
    LoadedScore first = score("The regime met on Monday.");
    LoadedScore again = score("Two regimes and a shocking vote.", Map.of("regimes", "regime"));
    LoadedScore article = SCORER.scoreText(List.of(first, again), 100);

    assertEquals("regime[label];shocking[hyperbole]", article.termsDisplay());
    assertEquals(LoadedCategory.LABEL.weight() + LoadedCategory.HYPERBOLE.weight(), article.raw(), EPS);
    // The sentence on its own still carries the label: a claim made in it is worded with it.
    assertEquals("regimes[label];shocking[hyperbole]", again.termsDisplay());
  }

  @Test
  void repeatedEmotiveWordsAndQuotedUsesOfAnOwnLabelStillCount() {
    LoadedScore own = score("The regime was shocking.");
    LoadedScore quoted = score("He said \"the regime is shocking\".");
    List<LoadedScore> counted = SCORER.labelsOncePerText(List.of(own, quoted, own));

    assertEquals("regime[label];shocking[hyperbole]", counted.get(0).termsDisplay());
    assertEquals("regime[label,quoted];shocking[hyperbole,quoted]", counted.get(1).termsDisplay());
    assertEquals("shocking[hyperbole]", counted.get(2).termsDisplay());
    assertEquals(LoadedCategory.HYPERBOLE.weight(), counted.get(2).raw(), EPS);
    assertEquals(1 - Math.exp(-LoadedCategory.HYPERBOLE.weight()), counted.get(2).score(), EPS);
  }

  @Test
  void anOutletsArticlesEachCountTheirOwnLabels() {
    LoadedScore article = SCORER.scoreText(List.of(score("The regime met on Monday.")), 100);
    LoadedScore outlet = SCORER.scoreText(List.of(article, article), 200);

    assertTrue(article.wholeText());
    assertEquals(2 * LoadedCategory.LABEL.weight(), outlet.raw(), EPS);
    assertEquals(article.score(), outlet.score(), EPS);
  }
}
