package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.relation.ClaimRelations;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one article says about the watched claims. Each sentence goes to every claim it matches
 * ({@link Watchlist}), stating or only discussing it. An article takes a claim up without any
 * sentence matching it that closely, too: when the relation model, reading the whole article
 * ({@link ClaimRelations}), finds it related to a claim no sentence matched, its sentence that
 * matches the claim best is taken as the evidence, with that sentence's own stance when it states
 * the claim by {@link Watchlist#states} (a headline rewording it) and else as discussion. Its match
 * is below the threshold, so the article only discusses the claim ({@link ArticleCoverage} lets
 * close matches alone take a side): the whole-article reading never adds support or denial to a
 * verdict. Sentences that match no claim are left for discovery.
 */
public final class ArticleWatch {
  /** A mention counted for a watched claim. */
  public record Taken(String claimId, ClaimMention mention) {}

  /** The article's mentions taken by watched claims, and those left for discovery. */
  public record Reading(List<Taken> taken, List<ClaimMention> unwatched) {}

  private final Watchlist watchlist;
  private final ClaimRelations relations;
  private final Map<String, WatchedClaim> byId;

  public ArticleWatch(List<WatchedClaim> claims, double threshold, ClaimRelations relations) {
    this.watchlist = new Watchlist(claims, threshold);
    this.relations = relations;
    this.byId = claims.stream().collect(Collectors.toMap(WatchedClaim::id, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  /** With the committed relation model. */
  public static ArticleWatch standard(List<WatchedClaim> claims, double threshold) {
    TreeMap<String, String> texts = new TreeMap<>();
    claims.forEach(c -> texts.putIfAbsent(c.id(), c.text()));
    return new ArticleWatch(claims, threshold, new ClaimRelations(texts, RelationModel.standard(), RelationFeatures.standard()));
  }

  /**
   * The article's mentions against the watchlist. A sentence read as several propositions counts
   * once for a claim: the proposition that states it, else its best match, with the sentence's best
   * score. (Done here, where an article's sentences are together, so that the grouping by claim
   * downstream receives one element per sentence.)
   */
  public Reading read(Article article, List<ClaimMention> mentions) {
    Map<String, Map<String, ClaimMention>> bySentence = new TreeMap<>();
    List<ClaimMention> unwatched = new ArrayList<>();
    for (ClaimMention mention : mentions) {
      List<Watchlist.Match> matches = watchlist.matches(mention);
      matches.forEach(m -> bySentence.computeIfAbsent(m.claim().id(), k -> new TreeMap<>())
          .merge(mention.sentenceRef(), mention.withMatch(m.score(), m.stance()), ArticleWatch::better));
      if (matches.isEmpty() && mention.discoverable()) {
        unwatched.add(mention);
      }
    }
    List<Taken> taken = new ArrayList<>();
    bySentence.forEach((id, sentences) -> sentences.values().forEach(m -> taken.add(new Taken(id, m))));
    for (String id : relations.related(article.title() + "\n\n" + article.body())) {
      if (!bySentence.containsKey(id)) {
        WatchedClaim claim = byId.get(id);
        mentions.stream()
            .filter(m -> watchlist.score(claim, m) > 0)
            .min(Comparator.comparingDouble((ClaimMention m) -> -watchlist.score(claim, m)).thenComparing(ClaimResolver.MENTION_ORDER))
            .ifPresent(best -> {
              double score = watchlist.score(claim, best);
              boolean states = Watchlist.states(claim, best, score, watchlist.matches(best).isEmpty());
              taken.add(new Taken(id, best.withMatch(score, states ? best.stance() : Stance.DISCUSSES)));
            });
      }
    }
    return new Reading(taken, unwatched);
  }

  private static ClaimMention better(ClaimMention a, ClaimMention b) {
    ClaimMention kept = BEST_MATCH.compare(a, b) <= 0 ? a : b;
    return kept.withMatch(Math.max(a.match(), b.match()), kept.stance());
  }

  private static final Comparator<ClaimMention> BEST_MATCH =
      Comparator.comparing((ClaimMention m) -> m.stance() == Stance.DISCUSSES)
          .thenComparing(Comparator.comparingDouble(ClaimMention::match).reversed())
          .thenComparing(m -> m.key().key());
}
