package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ClaimClusterer;
import dev.triangulate.scoring.claim.ClaimGroup;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.Stance;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.claim.Watchlist;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage 3: decides which claim every mention counts for. First the watchlist: each sentence goes
 * to every watched claim it matches, stating or only discussing it ({@link Watchlist}, blocked by
 * shared terms), and every
 * watched claim becomes a group, also with no mentions. Then discovery clusters the remaining
 * triples and headlines ({@link ClaimClusterer}, blocked by shared terms). Discovery sees all
 * mentions at once, on one worker: claims cross articles, and its cost is linear in mentions.
 */
public final class GroupClaims extends PTransform<PCollection<ArticleAnalysis>, PCollection<ClaimGroup>> {
  private static final TupleTag<KV<String, ClaimMention>> WATCHED = new TupleTag<>() {};
  private static final TupleTag<ClaimMention> UNWATCHED = new TupleTag<>() {};
  private static final TupleTag<WatchedClaim> CLAIM = new TupleTag<>() {};
  private static final TupleTag<ClaimMention> MATCH = new TupleTag<>() {};

  private final PCollection<WatchedClaim> watchlist;
  private final double matchThreshold;
  private final double discoveryThreshold;

  public GroupClaims(PCollection<WatchedClaim> watchlist, double matchThreshold, double discoveryThreshold) {
    this.watchlist = watchlist;
    this.matchThreshold = matchThreshold;
    this.discoveryThreshold = discoveryThreshold;
  }

  @Override
  public PCollection<ClaimGroup> expand(PCollection<ArticleAnalysis> analyses) {
    PCollectionView<List<WatchedClaim>> claims = watchlist.apply("WatchlistView", View.asList());
    PCollectionTuple matched =
        analyses
            .apply("Mentions", FlatMapElements.into(TypeDescriptor.of(ClaimMention.class)).via(ArticleAnalysis::mentions))
            .apply("MatchWatchlist", ParDo.of(new MatchFn(claims, matchThreshold)).withSideInputs(claims)
                .withOutputTags(WATCHED, TupleTagList.of(UNWATCHED)));
    PCollection<ClaimGroup> watched =
        KeyedPCollectionTuple.of(CLAIM, watchlist.apply("KeyById", WithKeys.of(WatchedClaim::id).withKeyType(TypeDescriptors.strings())))
            .and(MATCH, matched.get(WATCHED))
            .apply("JoinWatched", CoGroupByKey.create())
            .apply("WatchedGroups", ParDo.of(new WatchedGroupFn()));
    PCollection<ClaimGroup> discovered =
        matched.get(UNWATCHED)
            .apply("Discover", new OnOneWorker<>("group", TypeDescriptor.of(ClaimGroup.class), discovery(discoveryThreshold)));
    return PCollectionList.of(watched).and(discovered).apply("AllClaims", Flatten.pCollections());
  }

  static final class MatchFn extends DoFn<ClaimMention, KV<String, ClaimMention>> {
    private final PCollectionView<List<WatchedClaim>> claims;
    private final double threshold;
    private transient List<WatchedClaim> indexed;
    private transient Watchlist watchlist;

    MatchFn(PCollectionView<List<WatchedClaim>> claims, double threshold) {
      this.claims = claims;
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element ClaimMention mention, ProcessContext c) {
      List<WatchedClaim> current = c.sideInput(claims);
      if (current != indexed) {
        // The side input is the same list for the whole run: index it once per DoFn instance.
        indexed = current;
        watchlist = new Watchlist(current, threshold);
      }
      List<Watchlist.Match> matches = watchlist.matches(mention);
      matches.forEach(m -> c.output(KV.of(m.claim().id(), mention.withMatch(m.score(), m.stance()))));
      if (matches.isEmpty() && mention.discoverable()) {
        c.output(UNWATCHED, mention);
      }
    }
  }

  static final class WatchedGroupFn extends DoFn<KV<String, CoGbkResult>, ClaimGroup> {
    private final Counter mentions = Counts.counter(Counts.MENTIONS);
    private final StageTimer timer = new StageTimer("group");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<ClaimGroup> out) {
      long started = timer.start();
      WatchedClaim claim = joined.getValue().getOnly(CLAIM);
      // A sentence read as several triples may match one claim more than once: keep the triple
      // that states it, else its best match, with the sentence's best score.
      Map<String, ClaimMention> bySentence = new LinkedHashMap<>();
      for (ClaimMention m : joined.getValue().getAll(MATCH)) {
        bySentence.merge(m.sentenceRef(), m, (a, b) -> {
          ClaimMention kept = BEST_MATCH.compare(a, b) <= 0 ? a : b;
          return kept.withMatch(Math.max(a.match(), b.match()), kept.stance());
        });
      }
      mentions.inc(bySentence.size());
      out.output(new ClaimGroup(claim.claim(), new ArrayList<>(bySentence.values())));
      timer.stop(started);
    }

    private static final Comparator<ClaimMention> BEST_MATCH =
        Comparator.comparing((ClaimMention m) -> m.stance() == Stance.DISCUSSES)
            .thenComparing(Comparator.comparingDouble(ClaimMention::match).reversed())
            .thenComparing(m -> m.key().key());
  }

  private static SerializableFunction<List<ClaimMention>, List<ClaimGroup>> discovery(double threshold) {
    Counter mentions = Counts.counter(Counts.MENTIONS);
    return unwatched -> {
      List<ClaimGroup> groups = new ClaimClusterer(threshold).cluster(unwatched);
      groups.forEach(group -> mentions.inc(group.mentions().size()));
      return groups;
    };
  }
}
