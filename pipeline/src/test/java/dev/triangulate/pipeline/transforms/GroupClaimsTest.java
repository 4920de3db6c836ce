package dev.triangulate.pipeline.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Attribution;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.ClaimVerdict;
import dev.triangulate.scoring.claim.Modality;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.Verdict;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Grouping and scoring across articles through a real Beam pipeline, without NLP. */
@ExtendWith(TestPipelineExtension.class)
class GroupClaimsTest {
  private static final ClaimKey RECOGNIZE = new ClaimKey("China", "recognize", "Taliban", "recognizes");
  private static final ClaimKey POWER = new ClaimKey("Taliban", "take_power", "Afghanistan", "takes power in");
  private static final ClaimKey POWER_NO_PLACE = POWER.withObject("");

  private static ClaimMention mention(ClaimKey key, String article, String outlet, int sentence, Modality modality) {
    return new ClaimMention(key, article, outlet, "2021-08-16", sentence, "s" + sentence, modality,
        Stance.of(modality, Attribution.OUTLET), Attribution.OUTLET, LoadedScore.NONE);
  }

  private static ArticleAnalysis analysis(String id, String outlet, ClaimMention... mentions) {
    return new ArticleAnalysis(new Article(id, outlet, "2021-08-16", "", "", "body", id), List.of(mentions), 3, 30, LoadedScore.NONE);
  }

  @Test
  void groupsMentionsOfOneClaimAcrossArticles(TestPipeline pipeline) {
    PCollection<KV<String, Iterable<ClaimMention>>> grouped =
        pipeline
            .apply(Create.of(
                    analysis("000", "Leak", mention(RECOGNIZE, "000", "Leak", 1, Modality.HEDGED)),
                    analysis("002", "Wire", mention(RECOGNIZE, "002", "Wire", 4, Modality.NEGATED),
                        mention(POWER, "002", "Wire", 1, Modality.ASSERTED),
                        mention(POWER_NO_PLACE, "002", "Wire", 1, Modality.ASSERTED)),
                    analysis("003", "Review", mention(POWER_NO_PLACE, "003", "Review", 1, Modality.ASSERTED)),
                    analysis("004", "Monitor", mention(RECOGNIZE, "004", "Monitor", 1, Modality.ASSERTED)))
                .withCoder(SerializableCoder.of(ArticleAnalysis.class)))
            .apply(new GroupClaims());

    PAssert.that(grouped)
        .satisfies(
            claims -> {
              List<KV<String, Iterable<ClaimMention>>> all = StreamSupport.stream(claims.spliterator(), false).toList();
              assertEquals(2, all.size());
              for (KV<String, Iterable<ClaimMention>> claim : all) {
                List<String> articles =
                    StreamSupport.stream(claim.getValue().spliterator(), false).map(ClaimMention::articleId).sorted().toList();
                if (claim.getKey().equals(RECOGNIZE.id())) {
                  assertEquals(List.of("000", "002", "004"), articles);
                } else {
                  // 002's two mentions in one sentence count once; 003 joins without a place.
                  assertEquals(POWER.id(), claim.getKey());
                  assertEquals(List.of("002", "003"), articles);
                }
              }
              return null;
            });

    PCollection<ClaimVerdict> verdicts = grouped.apply(new ScoreClaims());
    PAssert.that(verdicts)
        .satisfies(
            rows -> {
              for (ClaimVerdict v : rows) {
                assertEquals(v.claim().equals(RECOGNIZE) ? Verdict.CONTESTED : Verdict.CORROBORATED, v.verdict());
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
