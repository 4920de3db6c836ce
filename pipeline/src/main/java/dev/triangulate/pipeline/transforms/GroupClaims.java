package dev.triangulate.pipeline.transforms;

import dev.triangulate.scoring.claim.ArticleWatch;
import dev.triangulate.scoring.claim.ClaimClusterer;
import dev.triangulate.scoring.claim.ClaimGroup;
import dev.triangulate.scoring.claim.ClaimMention;
import dev.triangulate.scoring.claim.WatchedClaim;
import dev.triangulate.scoring.nlp.ArticleAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Stage 3: decides which claim every mention counts for. First the watchlist: each sentence goes
 * to every watched claim it matches, stating or only discussing it, and an article the relation
 * model relates to a claim no sentence matched discusses it ({@link ArticleWatch}, both blocked by
 * shared terms); every watched claim becomes a group, also with no mentions. Then discovery clusters the remaining
 * triples and headlines ({@link ClaimClusterer}, blocked by shared terms). Discovery sees all
 * mentions at once, on one worker: claims cross articles, and its cost is linear in mentions.
 */
public final class GroupClaims extends PTransform<PCollection<ArticleAnalysis>, PCollection<ClaimGroup>> {
  private static final TupleTag<KV<String, ClaimMention>> WATCHED = new TupleTag<>() {};
  private static final TupleTag<ClaimMention> UNWATCHED = new TupleTag<>() {};

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
        analyses.apply("MatchWatchlist", ParDo.of(new MatchFn(claims, matchThreshold)).withSideInputs(claims)
            .withOutputTags(WATCHED, TupleTagList.of(UNWATCHED)));
    // A side input rather than a CoGroupByKey on the claim id: the direct runner copies a key's
    // grouped state on every bundle that adds to it, and a sentence of a story told by many
    // headlines matches them all (FNC-1's 971 held-out bodies x 311 headlines: over 20 minutes in
    // the join, about 2 this way).
    PCollectionView<Map<String, Iterable<ClaimMention>>> byClaim = matched.get(WATCHED).apply("ByClaim", View.asMultimap());
    PCollection<ClaimGroup> watched =
        watchlist.apply("WatchedGroups", ParDo.of(new WatchedGroupFn(byClaim)).withSideInputs(byClaim));
    PCollection<ClaimGroup> discovered =
        matched.get(UNWATCHED)
            .apply("Discover", new OnOneWorker<>("group", TypeDescriptor.of(ClaimGroup.class), discovery(discoveryThreshold)));
    return PCollectionList.of(watched).and(discovered).apply("AllClaims", Flatten.pCollections());
  }

  static final class MatchFn extends DoFn<ArticleAnalysis, KV<String, ClaimMention>> {
    private final PCollectionView<List<WatchedClaim>> claims;
    private final double threshold;
    private transient List<WatchedClaim> indexed;
    private transient ArticleWatch watch;

    MatchFn(PCollectionView<List<WatchedClaim>> claims, double threshold) {
      this.claims = claims;
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element ArticleAnalysis analysis, ProcessContext c) {
      List<WatchedClaim> current = c.sideInput(claims);
      if (current != indexed) {
        // The side input is the same list for the whole run: index it once per DoFn instance.
        indexed = current;
        watch = ArticleWatch.standard(current, threshold);
      }
      ArticleWatch.Reading reading = watch.read(analysis.article(), analysis.sentences(), analysis.mentions());
      reading.taken().forEach(t -> c.output(KV.of(t.claimId(), t.mention())));
      reading.unwatched().forEach(m -> c.output(UNWATCHED, m));
    }
  }

  static final class WatchedGroupFn extends DoFn<WatchedClaim, ClaimGroup> {
    private final Counter mentions = Counts.counter(Counts.MENTIONS);
    private final StageTimer timer = new StageTimer("group");
    private final PCollectionView<Map<String, Iterable<ClaimMention>>> byClaim;

    WatchedGroupFn(PCollectionView<Map<String, Iterable<ClaimMention>>> byClaim) {
      this.byClaim = byClaim;
    }

    @ProcessElement
    public void process(@Element WatchedClaim claim, ProcessContext c) {
      long started = timer.start();
      List<ClaimMention> matched = new ArrayList<>();
      c.sideInput(byClaim).getOrDefault(claim.id(), List.of()).forEach(matched::add);
      mentions.inc(matched.size());
      c.output(new ClaimGroup(claim.claim(), matched));
      timer.stop(started);
    }
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
