package dev.triangulate.pipeline.io;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Certainty;
import dev.triangulate.scoring.claim.Claim;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimOrigin;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Embedding;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.language.LoadedCategory;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.language.LoadedTerm;
import dev.triangulate.scoring.nlp.ArticleSummary;
import java.util.List;

/**
 * Hand-built verdicts and articles for the report writers: two claims, one of them contested, from
 * articles whose text, outlet names and URLs carry markup and script, as untrusted input may.
 */
final class ReportFixtures {
  static final String HOSTILE_SENTENCE = "<img src=x onerror=alert(1)> The \"regime\" & its thugs denied it, bizarrely.";

  private ReportFixtures() {}

  static ArticleSummary article(String id, String outlet, String published, String url, String title) {
    return new ArticleSummary(new Article(id, outlet, published, url, title, "", id + ".txt"), 1, 10, 0, LoadedScore.NONE);
  }

  static ClaimMention mention(String articleId, String outlet, String published, String sentence, Stance stance, LoadedTerm... loaded) {
    Modality modality = stance == Stance.REFUTES ? Modality.NEGATED : Modality.ASSERTED;
    return new ClaimMention(
        new ClaimKey("China", "recognize", "Taliban", "recognizes"), List.of("china", "recognize", "taliban"), articleId,
        outlet, published, 0, sentence, modality, Certainty.CERTAIN, stance, Attribution.named("<b>Wang</b>"), Upstream.NONE,
        new LoadedScore(loaded.length == 0 ? 0 : 0.5, loaded.length, List.of(loaded)), Embedding.NONE, Double.NaN);
  }

  static ClaimVerdict verdict(String id, String text, Verdict verdict, int outlets, double corroboration, List<ClaimMention> mentions) {
    return new ClaimVerdict(
        new Claim(id, text, ClaimKey.NONE, ClaimOrigin.DISCOVERED), verdict, "reason of " + id, corroboration, 0.8, 0.1,
        outlets, outlets, outlets - 1, verdict == Verdict.CONTESTED ? 1 : 0, 0,
        mentions.stream().map(ClaimMention::articleId).distinct().sorted().toList(),
        mentions.stream().map(ClaimMention::outlet).distinct().sorted().toList(), List.of(),
        "2021-07-28", "2021-08-16", "asserted 2021-07 (a)", mentions.get(0).sentence(), "", mentions);
  }

  static final List<ArticleSummary> ARTICLES = List.of(
      article("a", "Daily <Meridian>", "2021-07-28", "https://meridian.example/a?x=1&y=2", "China & the Taliban"),
      article("b", "Leak \"Centre\"", "2021-08-16", " JavaScript:alert(document.cookie)", ""),
      article("c", "Wire", "", "", "Wire copy"));

  static final ClaimVerdict CONTESTED = verdict("c0ffee000001", "China recognizes <Taliban>", Verdict.CONTESTED, 2, 0.333, List.of(
      mention("a", "Daily <Meridian>", "2021-07-28", "China recognised the Taliban regime.", Stance.SUPPORTS,
          new LoadedTerm("regime", LoadedCategory.LABEL, false)),
      mention("b", "Leak \"Centre\"", "2021-08-16", HOSTILE_SENTENCE, Stance.REFUTES,
          new LoadedTerm("regime", LoadedCategory.LABEL, true), new LoadedTerm("thugs", LoadedCategory.LABEL, false),
          new LoadedTerm("bizarrely", LoadedCategory.EMOTIVE, false))));

  /** An id that displays as "xexe.png" and an outlet that displays as "Reuters", as a feed can send them. */
  static final List<ArticleSummary> INVISIBLE_ARTICLES = List.of(article("x\u202Egnp.exe", "Reuters\u200B", "", "", "Head\u2066line"));

  static final ClaimVerdict INVISIBLE = verdict("c0ffee000003", "Governor signs \u202Ebudget", Verdict.SINGLE_SOURCE, 1, 0.5, List.of(
      mention("x\u202Egnp.exe", "Reuters\u200B", "", "The governor \u202Esigned the budget.", Stance.SUPPORTS)));

  static final ClaimVerdict CORROBORATED = verdict("c0ffee000002", "United States withdraws from Afghanistan", Verdict.CORROBORATED, 3, 0.75, List.of(
      mention("a", "Daily <Meridian>", "2021-07-28", "The United States withdrew.", Stance.SUPPORTS),
      mention("b", "Leak \"Centre\"", "2021-08-16", "Washington pulled out.", Stance.SUPPORTS),
      mention("c", "Wire", "", "US troops left.", Stance.SUPPORTS)));
}
