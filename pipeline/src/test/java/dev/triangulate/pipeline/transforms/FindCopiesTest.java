package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Upstream;
import dev.triangulate.scoring.language.LoadedScore;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class FindCopiesTest {
  private static final String STORY =
      "The passenger ferry Aurora sank off Northport on Saturday night, the coastguard said. All 212 passengers "
          + "were rescued by lifeboats before dawn, and four were taken to hospital with mild hypothermia.";

  private static ArticleAnalysis article(String id, String outlet, String published, String body) {
    return new ArticleAnalysis(new Article(id, outlet, published, "", "", body, id), List.of(), 2, 40, LoadedScore.NONE);
  }

  @Test
  void copiesLeanOnTheEarliestArticleAndOthersAreAbsent(TestPipeline pipeline) {
    PCollection<KV<String, Upstream>> copies =
        pipeline
            .apply(Create.of(
                article("late", "Daily Echo", "2024-05-05", STORY),
                article("first", "Wire", "2024-05-04", STORY),
                article("own", "Gazette", "2024-05-04", "Our reporter watched the lifeboats bring the passengers ashore."),
                article("blank", "Blank", "", "")))
            .apply(new FindCopies());
    PAssert.that(copies).containsInAnyOrder(KV.of("late", Upstream.copyOf("Wire", "first")));
    pipeline.run().waitUntilFinish();
  }
}
