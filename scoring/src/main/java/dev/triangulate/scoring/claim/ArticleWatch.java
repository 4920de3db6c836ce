package dev.triangulate.scoring.claim;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.relation.ClaimRelations;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one article says about the watched claims. Each sentence goes to every claim it matches
 * ({@link Watchlist}), stating or only discussing it. An article takes a claim up without any
 * sentence matching it that closely, too: when the relation model, reading the whole article
 * ({@link ClaimRelations}), finds it related to a claim no sentence matched, its sentence that
 * matches the claim best is taken as the evidence. Sentences that match no claim are left for
 * discovery.
 *
 * <p>Only a sentence that matches a claim closely ({@link Watchlist#STATES_SCORE}) or the
 * article's headline (its title, or the whole of a one-sentence text) takes a side on it: a body
 * sentence that states or denies a claim only loosely (a paraphrase sharing half its event words)
 * is a sentence about the same story and discusses it. On FNC-1's training stories, letting loose
 * body sentences take a side read a third of the articles that only discuss a claim as agreeing
 * with it, and letting loose denials refute made 237 of 247 refuting articles wrong on the
 * held-out stories (EVALUATION.md); a headline is the outlet's own summary of its story, however
 * worded. So the whole-article reading, whose sentence is always below the threshold, adds support or
 * denial only through a headline.
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
   * The article's mentions against the watchlist; {@code sentences}: how many sentences the article
   * has. A sentence read as several propositions counts once for a claim: the proposition that
   * states it, else its best match, with the sentence's best score. (Done here, where an article's
   * sentences are together, so that the grouping by claim downstream receives one element per
   * sentence.)
   */
  public Reading read(Article article, int sentences, List<ClaimMention> mentions) {
    boolean titled = !article.title().isEmpty() || sentences == 1;
    Map<String, Map<String, ClaimMention>> bySentence = new TreeMap<>();
    Set<ClaimMention> matchedAny = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ClaimMention> unwatched = new ArrayList<>();
    for (ClaimMention mention : mentions) {
      List<Watchlist.Match> matches = watchlist.matches(mention);
      matches.forEach(m -> bySentence.computeIfAbsent(m.claim().id(), k -> new TreeMap<>())
          .merge(mention.sentenceRef(), taken(mention, m.score(), m.stance(), titled), ArticleWatch::better));
      if (!matches.isEmpty()) {
        matchedAny.add(mention);
      } else if (mention.discoverable()) {
        unwatched.add(mention);
      }
    }
    List<Taken> taken = new ArrayList<>();
    bySentence.forEach((id, byRef) -> byRef.values().forEach(m -> taken.add(new Taken(id, m))));
    for (String id : relations.related(article.title() + "\n\n" + article.body())) {
      if (!bySentence.containsKey(id)) {
        WatchedClaim claim = byId.get(id);
        closest(claim, mentions).ifPresent(best -> {
          boolean states = Watchlist.states(claim, best.mention(), best.score(), !matchedAny.contains(best.mention()));
          taken.add(new Taken(id, taken(best.mention(), best.score(), states ? best.mention().stance() : Stance.DISCUSSES, titled)));
        });
      }
    }
    return new Reading(taken, unwatched);
  }

  private record Scored(ClaimMention mention, double score) {}

  /** The mention that matches the claim best, however loosely (ties to the earliest); none when none shares a term. */
  private Optional<Scored> closest(WatchedClaim claim, List<ClaimMention> mentions) {
    return mentions.stream()
        .map(m -> new Scored(m, watchlist.score(claim, m)))
        .filter(s -> s.score() > 0)
        .min(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::mention, ClaimResolver.MENTION_ORDER));
  }

  /** The mention as matched to a claim: a loose body sentence that states or denies it only discusses it. */
  private static ClaimMention taken(ClaimMention mention, double score, Stance stance, boolean titled) {
    boolean sideTaking = stance == Stance.SUPPORTS || stance == Stance.REFUTES;
    boolean headline = titled && mention.sentenceIndex() == 0;
    return mention.withMatch(score, sideTaking && score < Watchlist.STATES_SCORE && !headline ? Stance.DISCUSSES : stance);
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
