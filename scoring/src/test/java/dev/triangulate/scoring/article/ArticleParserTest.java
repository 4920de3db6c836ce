package dev.triangulate.scoring.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private final ArticleParser parser = new ArticleParser();

  private Article article(ArticleSource src) {
    ParseResult result = parser.parse(src);
    return result
        .asArticle()
        .orElseThrow(() -> new AssertionError("rejected: " + result.reject().reason()));
  }

  private String rejectReason(ArticleSource src) {
    ParseResult result = parser.parse(src);
    assertTrue(result.asArticle().isEmpty(), () -> "expected a reject, got " + result.article());
    return result.reject().reason();
  }

  @Test
  void scrapedArticleLosesMastheadDateNavigationAndBoilerplate() {
    Article a = article(Fixtures.file("news-leak-centre.txt"));
    assertAll(
        () -> assertEquals("news-leak-centre.txt", a.id()),
        () -> assertEquals("News Leak Centre", a.outlet()),
        () -> assertEquals("2021-07-28", a.published()),
        () -> assertEquals("Minister denies water plan was shelved", a.title()),
        () ->
            assertEquals(
                "The water minister said on Tuesday that the reservoir plan, first announced on 3"
                    + " May 2020, had not been shelved.\n\n"
                    + "Officials said construction would begin in September.",
                a.body()),
        () -> assertTrue(a.source().endsWith("news-leak-centre.txt")));
  }

  @Test
  void aPageWithMastheadSloganSubheadCreditAndCommentsReadsAsItsArticle() {
    Article a = article(Fixtures.file("masthead-tagline.txt"));
    assertAll(
        () -> assertEquals("Harbour Voice", a.outlet()),
        () -> assertEquals("Ferry operator halts night crossings after engine fire", a.title()),
        // 03/04/2024 is ambiguous: read day-first.
        () -> assertEquals("2024-04-03", a.published()),
        () -> assertEquals("(With inputs from agencies)", a.credits()),
        () ->
            assertEquals(
                "The Northport ferry operator halted all night crossings on Monday after an engine fire on one of its boats.\n\n"
                    + "SAFETY INSPECTORS CALLED IN\n\n"
                    + "Inspectors from the maritime agency boarded the boat on Tuesday, a spokeswoman said.\n"
                    + "Crossings will resume when the inspection is complete, the operator said.",
                a.body()));
  }

  @Test
  void aDateLabelOpeningTheFirstLineIsTheDateAndLeavesTheSentence() {
    Article a = article(Fixtures.file("date-in-first-line.txt"));
    assertEquals("2021-07-28", a.published());
    assertTrue(a.body().startsWith("The council met on Tuesday"), a.body());
  }

  @Test
  void metadataTakesPrecedenceOverTheText() {
    var meta =
        new ArticleMetadata(
            "Leak Weekly", "2021-08-01T09:30:00Z", "https://www.leak.example/a/1", "Manifest title");
    Article a = article(Fixtures.file("news-leak-centre.txt", meta));
    assertAll(
        () -> assertEquals("Leak Weekly", a.outlet()),
        () -> assertEquals("2021-08-01", a.published()),
        () -> assertEquals("https://www.leak.example/a/1", a.url()),
        () -> assertEquals("Manifest title", a.title()),
        // The masthead and the date line are still furniture, whoever names the outlet.
        () -> assertFalse(a.body().contains("NEWS LEAK CENTRE")),
        () -> assertFalse(a.body().contains("2021-07-28")),
        // The tagline still names the masthead's outlet, so it still goes.
        () -> assertFalse(a.body().contains("want you to read")));
  }

  @Test
  void metadataTitleRepeatedAsFirstLineIsNotKeptInTheBody() {
    var meta = new ArticleMetadata("", "", "", "Council approves new cycle lanes");
    Article a = article(Fixtures.file("plain-no-metadata.txt", meta));
    assertEquals("Council approves new cycle lanes", a.title());
    assertTrue(a.body().startsWith("The city council approved"), a.body());
  }

  @Test
  void unparseableMetadataDateFallsBackToTheText() {
    var meta = new ArticleMetadata("", "sometime last week", "", "");
    assertEquals("2021-07-28", article(Fixtures.file("news-leak-centre.txt", meta)).published());
  }

  @Test
  void titleIsTheFirstShortLineFollowedByText() {
    Article a = article(Fixtures.file("plain-no-metadata.txt"));
    assertEquals("Council approves new cycle lanes", a.title());
    assertEquals(
        "The city council approved 12 kilometres of new cycle lanes on Wednesday.\n"
            + "The lanes will connect the university to the central station.\n\n"
            + "Work is expected to start next spring.",
        a.body());
  }

  @Test
  void firstLineEndingInAPeriodIsBodyNotTitle() {
    Article a = article(Fixtures.text("t1", "The vote passed.\n\nIt was close."));
    assertEquals("", a.title());
    assertEquals("The vote passed.\n\nIt was close.", a.body());
  }

  @Test
  void longFirstLineIsBodyNotTitle() {
    String longLine = "word ".repeat(21).strip();
    Article a = article(Fixtures.text("t2", longLine + "\nMore text here."));
    assertEquals("", a.title());
    assertTrue(a.body().startsWith(longLine));
  }

  @Test
  void singleLineIsBodyNotTitle() {
    Article a = article(Fixtures.text("t3", "Floods close the coastal road"));
    assertEquals("", a.title());
    assertEquals("Floods close the coastal road", a.body());
  }

  @Test
  void aHeadlineAloneThatOpensWithSourceIsTheText() {
    Article a = article(Fixtures.text("t4", "Source: Acme Wants Widget Boss Fired"));
    assertEquals("Source: Acme Wants Widget Boss Fired", a.body());
    assertEquals("", a.credits());
  }

  @Test
  void outletFallsBackToUrlHostWithoutWww() {
    var meta = new ArticleMetadata("", "", "https://www.Coast-Herald.example/news/42?ref=x", "");
    assertEquals("coast-herald.example", article(Fixtures.file("plain-no-metadata.txt", meta)).outlet());
  }

  @Test
  void outletFromUrlWithoutScheme() {
    var meta = new ArticleMetadata("", "", "coastherald.example/news/42", "");
    assertEquals("coastherald.example", article(Fixtures.file("plain-no-metadata.txt", meta)).outlet());
  }

  @Test
  void unknownOutletIsDistinctPerArticle() {
    String text = "Headline here\n\nSome article text.";
    Article first = article(Fixtures.text("article-1", text));
    Article second = article(Fixtures.text("article-2", text));
    assertEquals("Unknown outlet (article-1)", first.outlet());
    assertEquals("Unknown outlet (article-2)", second.outlet());
    assertNotEquals(first.outlet(), second.outlet());
  }

  @Test
  void mastheadBecomesTitleCaseOutlet() {
    Article a =
        article(Fixtures.text("m1", "THE DAILY MERIDIAN\nBridge reopens\nTraffic resumed at noon."));
    assertEquals("The Daily Meridian", a.outlet());
    assertEquals("Bridge reopens", a.title());
    assertEquals("Traffic resumed at noon.", a.body());
  }

  @Test
  void htmlIsReducedToParagraphs() {
    Article a = article(Fixtures.file("daily-meridian.html"));
    assertAll(
        () -> assertEquals("Port strike ends after two weeks", a.title()),
        () -> assertEquals("2021-08-16", a.published()),
        () ->
            assertEquals(
                "Dock workers voted to return to work on Monday, the union said.\n\n"
                    + "The agreement raises pay by 4 per cent & shortens shifts, according to the"
                    + " union\u2019s statement.\nIt runs until 2023.",
                a.body()),
        () -> assertFalse(a.body().contains("tracking")));
  }

  @Test
  void windows1252IsAcceptedWhenItsPunctuationIsPresent() {
    Article a = article(Fixtures.file("windows-1252.txt"));
    assertEquals("Mayor \u201Cresigns\u201D over budget row", a.title());
    assertEquals("The mayor\u2019s office confirmed the news \u2013 a first for the city.", a.body());
  }

  @Test
  void utf16WithBomIsDecoded() {
    Article a = article(Fixtures.file("utf16le-bom.txt"));
    assertEquals("Rail fares frozen for 2022", a.title());
    assertTrue(a.body().endsWith("commuters in Z\u00FCrich."), a.body());
  }

  @Test
  void zeroWidthCharactersAndSpaceRunsAreNormalised() {
    Article a = article(Fixtures.text("z1", "Head\u200Bline\r\nThe   cafe\u0301\tis\u00A0open."));
    assertEquals("Headline", a.title());
    assertEquals("The caf\u00E9 is open.", a.body());
  }

  @Test
  void emptyFileIsRejected() {
    assertEquals("empty file", rejectReason(Fixtures.file("empty.txt")));
  }

  @Test
  void whitespaceOnlyFileIsRejected() {
    assertEquals("only whitespace", rejectReason(Fixtures.file("whitespace.txt")));
  }

  @Test
  void pngIsRejectedAsBinary() {
    assertEquals("binary content (png)", rejectReason(Fixtures.file("pixel.png")));
  }

  @Test
  void invalidUtf8WithoutWindows1252PunctuationIsRejectedWithOffset() {
    assertEquals(
        "not valid UTF-8 (first bad byte at offset 3)",
        rejectReason(Fixtures.file("latin1-invalid-utf8.txt")));
  }

  @Test
  void fileOfOnlyBoilerplateIsRejected() {
    assertEquals(
        "no article text after removing boilerplate",
        rejectReason(Fixtures.file("boilerplate-only.txt")));
  }

  @Test
  void rejectNamesTheSource() {
    ParseResult result = parser.parse(Fixtures.file("empty.txt"));
    assertTrue(result.reject().source().endsWith("empty.txt"));
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacterNotAQuestionMarkAndIsCounted() {
    Article a = article(ArticleSource.ofText("feed.jsonl:1", "s\uD800", "The governor \uD800 signed the budget.",
        new ArticleMetadata("Wire\uDC00 One", "", "", "")));
    assertAll(
        () -> assertEquals("The governor \uFFFD signed the budget.", a.body()),
        () -> assertEquals(1, a.repairs().undecodable()),
        () -> assertEquals("s\uFFFD", a.id()),
        () -> assertEquals("Wire\uFFFD One", a.outlet()));
  }

  @Test
  void aSurrogatePairIsOneCharacterNotARepair() {
    Article a = article(ArticleSource.ofText("feed.jsonl:1", "p", "The governor \uD83D\uDE00 signed the budget.", null));
    assertEquals("The governor \uD83D\uDE00 signed the budget.", a.body());
    assertEquals(TextRepairs.NONE, a.repairs());
  }

  @Test
  void tokensOverTheLimitAreCutAndCountedAndTheArticleKept() {
    String kept = "k".repeat(LongTokens.MAX_TOKEN_CHARS);
    Article a = article(Fixtures.text("m", "a".repeat(1_000_000) + " The governor signed " + kept + " the budget. "
        + "b".repeat(LongTokens.MAX_TOKEN_CHARS + 1) + "\nHe said so."));
    assertAll(
        () -> assertEquals("The governor signed " + kept + " the budget.\nHe said so.", a.body()),
        () -> assertEquals(new TextRepairs(0, 2), a.repairs()));
  }

  @Test
  void textOfNothingButOverlongTokensIsRejected() {
    assertEquals(
        "no text but tokens longer than 300 characters (1 cut)",
        rejectReason(Fixtures.text("blob", "QUJD".repeat(200))));
  }
}
