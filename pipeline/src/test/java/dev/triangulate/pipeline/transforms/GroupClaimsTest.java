package dev.triangulate.pipeline.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.Certainty;
import dev.triangulate.scoring.claim.ClaimGroup;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimOrigin;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Embedding;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Matching, discovery and scoring across articles through a real Beam pipeline, without NLP. */
@ExtendWith(TestPipelineExtension.class)
class GroupClaimsTest {
  private static final ClaimKey RECOGNIZE = new ClaimKey("China", "recognize", "Taliban", "recognizes");
  private static final ClaimKey POWER = new ClaimKey("Taliban", "take_power", "Afghanistan", "takes power in");
  private static final ClaimKey POWER_NO_PLACE = POWER.withObject("");
  private static final List<String> RECOGNIZE_TERMS = List.of("china", "recognize", "taliban");
  private static final List<String> POWER_TERMS = List.of("afghanistan", "power", "taliban");

  private static ClaimMention mention(ClaimKey key, List<String> terms, String article, int sentence, Modality modality) {
    return new ClaimMention(key, terms, article, "Outlet " + article, "2021-08-16", sentence, "s" + sentence, modality,
        Certainty.CERTAIN, Stance.of(modality, Attribution.OUTLET), Attribution.OUTLET, Upstream.NONE, LoadedScore.NONE, Embedding.NONE,
        Double.NaN);
  }

  private static ArticleAnalysis analysis(String id, ClaimMention... mentions) {
    return new ArticleAnalysis(new Article(id, "Outlet " + id, "2021-08-16", "", "", "body", id), List.of(mentions), 3, 30, LoadedScore.NONE);
  }

  private static PCollection<ArticleAnalysis> articles(TestPipeline pipeline) {
    return pipeline.apply("Articles", Create.of(
            analysis("000", mention(RECOGNIZE, RECOGNIZE_TERMS, "000", 1, Modality.HEDGED)),
            analysis("002", mention(RECOGNIZE, RECOGNIZE_TERMS, "002", 4, Modality.NEGATED),
                mention(POWER, POWER_TERMS, "002", 1, Modality.ASSERTED),
                mention(POWER_NO_PLACE, POWER_TERMS, "002", 1, Modality.ASSERTED)),
            analysis("003", mention(POWER_NO_PLACE, POWER_TERMS, "003", 1, Modality.ASSERTED)),
            analysis("004", mention(RECOGNIZE, RECOGNIZE_TERMS, "004", 1, Modality.ASSERTED),
                mention(ClaimKey.NONE, List.of("ambassador", "china", "recognize", "taliban"), "004", 0, Modality.ASSERTED)))
        .withCoder(SerializableCoder.of(ArticleAnalysis.class)));
  }

  private static PCollection<WatchedClaim> watchlist(TestPipeline pipeline, WatchedClaim... claims) {
    return pipeline.apply("Watchlist", Create.of(List.of(claims)).withCoder(SerializableCoder.of(WatchedClaim.class)));
  }

  /** claim text -> "origin verdict articles", one entry per claim. */
  private static Map<String, String> summary(Iterable<ClaimVerdict> verdicts) {
    Map<String, String> rows = new TreeMap<>();
    for (ClaimVerdict v : verdicts) {
      rows.put(v.claim().text(), v.claim().origin().label() + " " + v.verdict() + " " + v.articles());
    }
    return rows;
  }

  static PCollectionView<Map<String, Upstream>> noCopies(TestPipeline pipeline) {
    return pipeline
        .apply("NoCopies", Create.empty(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Upstream.class))))
        .apply(View.asMap());
  }

  @Test
  void discoveryGroupsMentionsOfOneClaimAcrossArticles(TestPipeline pipeline) {
    PCollection<ClaimGroup> groups = articles(pipeline).apply(new GroupClaims(watchlist(pipeline), 0.2, 0.2));
    PAssert.that(groups.apply(new ScoreClaims(noCopies(pipeline))))
        .satisfies(rows -> {
          // 002's two mentions in one sentence count once; 003 joins without a place; 004's
          // headline, read only as terms, joins the claim it paraphrases.
          assertEquals(
              Map.of(
                  "China recognizes Taliban", "discovered CONTESTED [000, 002, 004]",
                  "Taliban takes power in Afghanistan", "discovered CORROBORATED [002, 003]"),
              summary(rows));
          return null;
        });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void watchedClaimsTakeTheirMentionsAndUnmatchedOnesHaveNoCoverage(TestPipeline pipeline) {
    PCollection<WatchedClaim> watched =
        watchlist(pipeline,
            new WatchedClaim("W1", "Beijing recognises the Taliban", RECOGNIZE_TERMS, RECOGNIZE, Embedding.NONE),
            new WatchedClaim("W2", "The ferry sank", List.of("ferry", "sink"), ClaimKey.NONE, Embedding.NONE));
    PCollection<ClaimGroup> groups = articles(pipeline).apply(new GroupClaims(watched, 0.2, 0.2));
    PAssert.that(groups.apply(new ScoreClaims(noCopies(pipeline))))
        .satisfies(rows -> {
          assertEquals(
              Map.of(
                  "Beijing recognises the Taliban", "watchlist CONTESTED [000, 002, 004]",
                  "The ferry sank", "watchlist NO_COVERAGE []",
                  "Taliban takes power in Afghanistan", "discovered CORROBORATED [002, 003]"),
              summary(rows));
          for (ClaimVerdict v : rows) {
            if (v.claim().origin() == ClaimOrigin.WATCHLIST && !v.mentions().isEmpty()) {
              // 004 has two matching sentences; each counts once, with its match score.
              assertEquals(4, v.mentions().size());
              v.mentions().forEach(m -> assertEquals(false, Double.isNaN(m.match())));
            }
          }
          return null;
        });
    pipeline.run().waitUntilFinish();
  }
}
