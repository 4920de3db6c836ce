package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.language.LoadedScore;
import java.io.Serializable;
import java.util.List;

/** Everything NLP learned from one article: its claim mentions and its loaded-language score. */
public record ArticleAnalysis(
    Article article, List<ClaimMention> mentions, int sentences, int tokens, LoadedScore loaded)
    implements Serializable {

  public ArticleAnalysis {
    mentions = List.copyOf(mentions);
  }

  public ArticleSummary summary() {
    Article a = article;
    return new ArticleSummary(
        new Article(a.id(), a.outlet(), a.published(), a.url(), a.title(), "", a.source(), "", a.repairs()), sentences, tokens,
        mentions.size(), loaded);
  }
}
