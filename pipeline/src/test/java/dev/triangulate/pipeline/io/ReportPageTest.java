package dev.triangulate.pipeline.io;

import static dev.triangulate.pipeline.io.ReportFixtures.ARTICLES;
import static dev.triangulate.pipeline.io.ReportFixtures.CONTESTED;
import static dev.triangulate.pipeline.io.ReportFixtures.CORROBORATED;
import static dev.triangulate.pipeline.io.ReportFixtures.INVISIBLE;
import static dev.triangulate.pipeline.io.ReportFixtures.INVISIBLE_ARTICLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.language.LoadedCategory;
import dev.triangulate.scoring.nlp.ArticleSummary;
import dev.triangulate.scoring.language.LoadedTerm;
import dev.triangulate.scoring.outlet.OutletSummary;
import dev.triangulate.scoring.outlet.Reliability;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  private static final List<OutletSummary> OUTLETS = List.of(
      outlet("Daily <Meridian>", 0.1, new Reliability.OutletRecord(2, 1, 1, 0, 0.62)),
      outlet("Leak \"Centre\"", 0.6, new Reliability.OutletRecord(2, 1, 1, 0, 0.41)),
      outlet("Wire", 0.0, new Reliability.OutletRecord(1, 1, 0, 0, 0.7)));
  private static OutletSummary outlet(String name, double loaded, Reliability.OutletRecord record) {
    return new OutletSummary(name, 1, record.claims(), 0.5, 0, 0.0, loaded, record);
  }

  private static final String PAGE = ReportPage.render(List.of(CORROBORATED, CONTESTED), ARTICLES, OUTLETS);

  @Test
  void contestedClaimsComeFirstThenTheMostWidelyCorroborated() {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<article class=\"claim [^\"]*\" id=\"claim-([^\"]+)\"").matcher(PAGE);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertEquals(List.of("c0ffee000001", "c0ffee000002"), ids);
  }

  @Test
  void eachClaimSaysWhyItGotItsVerdict() {
    assertTrue(PAGE.contains("<p class=\"reason\">reason of c0ffee000001</p>"), PAGE);
  }

  @Test
  void noMarkupFromTheArticlesSurvives() {
    assertFalse(PAGE.contains("<img"), "article markup rendered as markup");
    assertFalse(PAGE.contains("<b>Wang</b>") || PAGE.contains("<Taliban>") || PAGE.contains("<Meridian>"));
    assertTrue(PAGE.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(PAGE.contains("China recognizes &lt;Taliban&gt;"));
    assertTrue(PAGE.contains("Leak &quot;Centre&quot;"));
    assertTrue(PAGE.contains("source: &lt;b&gt;Wang&lt;/b&gt;"));
    // One script element: the page's own, which the Content-Security-Policy names by its hash.
    assertEquals(1, PAGE.split("<script", -1).length - 1);
    assertTrue(PAGE.contains("script-src 'sha256-"));
  }

  @Test
  void onlyWebLinksAreLinked() {
    assertTrue(PAGE.contains("<a href=\"https://meridian.example/a?x=1&amp;y=2\""));
    assertFalse(PAGE.toLowerCase().contains("javascript:"));
    assertEquals("", ReportPage.webUrl("javascript:alert(1)"));
    assertEquals("", ReportPage.webUrl("data:text/html,<script>alert(1)</script>"));
    assertEquals("", ReportPage.webUrl("java\tscript:alert(1)"));
    assertEquals("HTTPS://x.example/", ReportPage.webUrl(" HTTPS://x.example/ "));
  }

  @Test
  void loadedTermsAreMarkedInTheEscapedSentence() {
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt; The &quot;<mark title=\"label\">regime</mark>&quot; &amp; its "
            + "<mark title=\"label\">thugs</mark> denied it, <mark title=\"emotive\">bizarrely</mark>.",
        ReportPage.highlight(ReportFixtures.HOSTILE_SENTENCE, CONTESTED.mentions().get(1).loaded().terms()));
  }

  @Test
  void highlightMatchesWholeWordsAnyCaseLongestFirst() {
    List<LoadedTerm> terms = List.of(
        new LoadedTerm("war", LoadedCategory.EMOTIVE, false), new LoadedTerm("terror group", LoadedCategory.LABEL, false),
        new LoadedTerm("terror", LoadedCategory.EMOTIVE, false));
    assertEquals(
        "An award, a <mark title=\"emotive\">War</mark> and a <mark title=\"label\">Terror Group</mark>; "
            + "<mark title=\"emotive\">terror</mark>.",
        ReportPage.highlight("An award, a War and a Terror Group; terror.", terms));
    // A term inside markup is marked like any word; the markup around it stays escaped.
    assertEquals(
        "a &lt;<mark title=\"label\">mark</mark>&gt;",
        ReportPage.highlight("a <mark>", List.of(new LoadedTerm("mark", LoadedCategory.LABEL, false))));
  }

  @Test
  void aTermThatKnowsItsPlaceIsMarkedThereOnly() {
    // The scorer flagged the first "regime"; "regime change" is one of its neutral phrases.
    assertEquals(
        "The <mark title=\"label\">regime</mark> rules out regime change.",
        ReportPage.highlight("The regime rules out regime change.", List.of(new LoadedTerm("regime", LoadedCategory.LABEL, false, 4))));
  }

  @Test
  void outletsShowTheirStandingBesideTheirName() {
    assertTrue(PAGE.contains("Daily &lt;Meridian&gt; <span class=\"standing\">reliability 0.62: 1 of 2 positions backed, 1 contradicted</span>"), PAGE);
  }

  @Test
  void theSameResultsGiveTheSameBytesWhateverTheirOrder() {
    List<ArticleSummary> shuffled = new ArrayList<>(ARTICLES);
    Collections.reverse(shuffled);
    List<OutletSummary> outlets = new ArrayList<>(OUTLETS);
    Collections.reverse(outlets);
    assertEquals(PAGE, ReportPage.render(List.of(CONTESTED, CORROBORATED), shuffled, outlets));
  }

  @Test
  void directionControlsAndZeroWidthCharactersAreShownNotObeyed() {
    String page = ReportPage.render(List.of(INVISIBLE), INVISIBLE_ARTICLES, List.of());
    assertTrue(page.contains("Governor signs &lt;U+202E&gt;budget"), page);
    assertTrue(page.contains("<h3>Reuters&lt;U+200B&gt;"), page);
    assertTrue(page.contains("The governor &lt;U+202E&gt;signed the budget."), page);
    assertTrue(page.contains("Head&lt;U+2066&gt;line"), page);
    assertFalse(page.codePoints().anyMatch(cp -> cp == 0x202E || cp == 0x200B || cp == 0x2066));
  }
}
