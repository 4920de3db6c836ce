package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Upstream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamDetectorTest {
  private static final UpstreamDetector DETECTOR = new UpstreamDetector(NewsOrganisations.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The Taliban have taken Kandahar, according to Reuters.|Reuters",
        "China is ready to recognise the Taliban, US News reported on Tuesday.|US News",
        "According to a report in Hindustan Times, the envoy left Kabul.|Hindustan Times",
        "A Taliban spokesman told CNN the group wants good relations with Beijing.|CNN",
        "Citing Xinhua, the paper said the talks lasted two days.|Xinhua",
        "The ministry confirmed the visit (AP).|Associated Press",
        "The envoy presented his credentials, the Kabul Times reported.|Kabul Times",
        "Beijing has not recognised the Taliban, a foreign ministry spokeswoman told reporters.|",
        "The Taliban reported gains in the north.|",
        "According to officials in Kabul, the border is closed.|",
      })
  void sentencesCreditingANewsOrganisationLeanOnIt(String sentence, String upstream) {
    assertEquals(upstream == null ? "" : upstream, DETECTOR.ofSentence(sentence, Attribution.OUTLET, Upstream.NONE).source());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"AFP|Agence France-Presse", "the Associated Press|Associated Press", "Wang Yi|"})
  void aNamedAttributionThatIsAnOrganisationIsAnUpstream(String source, String upstream) {
    assertEquals(
        upstream == null ? "" : upstream,
        DETECTOR.ofSentence("The talks went well.", Attribution.named(source), Upstream.NONE).source());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "KABUL (AP) — The Taliban entered the capital on Sunday.||Associated Press",
        "BEIJING (Reuters) - China hosted a Taliban delegation.||Reuters",
        "(Xinhua) -- Talks were held in Tianjin.||Xinhua",
        "China hosted a Taliban delegation.|With inputs from PTI|Press Trust of India",
        "China hosted a Taliban delegation.|(With inputs from agencies)|",
        "China (the PRC) - a one-party state - hosted the talks.||",
      })
  void datelinesAndCreditLinesMakeTheWholeArticleLeanOnTheAgency(String body, String credits, String upstream) {
    Upstream article = DETECTOR.ofArticle(new Article("t", "Outlet", "", "", "", body, "test", credits));
    assertEquals(upstream == null ? "" : upstream, article.source());
    // A sentence with its own credit keeps it; one without inherits the article's.
    assertEquals(article, DETECTOR.ofSentence("The talks lasted two days.", Attribution.OUTLET, article));
    assertEquals("Reuters", DETECTOR.ofSentence("It said so, according to Reuters.", Attribution.OUTLET, article).source());
  }
}
