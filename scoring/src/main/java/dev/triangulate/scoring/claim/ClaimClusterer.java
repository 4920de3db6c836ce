package dev.triangulate.scoring.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Claim discovery: groups the mentions of all articles into claims.
 *
 * <ol>
 *   <li>Mentions read as the same triple about a named subject or object, acting on the same
 *       thing, start as one group (a mention without its optional place joins its frame's dominant
 *       claim, see {@link ClaimResolver}); every other mention starts alone ("officials found ..."
 *       in two stories is two claims until their words say otherwise).
 *   <li>Candidate pairs come from an inverted index over terms, skipping terms in more than
 *       {@link #MAX_BLOCK} mentions: cost grows with mentions times block size, never with
 *       mentions squared. A pair's similarity blends the IDF-weighted cosine of their term sets
 *       (IDF over the run's mentions) with their embeddings ({@link Similarity}). When either is
 *       from an article's body and both are triples, it is 0 unless they share a subject or an
 *       object and have one predicate and object ({@link #sameEvent}); two headlines are
 *       compared by their words and meaning alone, as one claim each.
 *   <li>Average-link agglomeration: the two groups with the highest mean pairwise similarity
 *       merge while that mean is at least the threshold; two mentions of one sentence never end
 *       up in one claim.
 * </ol>
 *
 * A claim is keyed by its most frequent triple and named by the proposition most of that triple's
 * mentions state ({@link #representative}), or, when none of its mentions was read as one, by its
 * most central sentence (the highest summed similarity to the others).
 */
public final class ClaimClusterer {
  public static final double DEFAULT_THRESHOLD = 0.25;
  static final int MAX_BLOCK = 200;
  /** Centrality is judged on the first members only, so a huge claim does not cost its square. */
  private static final int MEDOID_SAMPLE = 200;

  private final double threshold;

  public ClaimClusterer(double threshold) {
    this.threshold = threshold;
  }

  public List<ClaimGroup> cluster(Collection<ClaimMention> input) {
    List<ClaimMention> mentions = resolve(input);
    TermWeights weights = new TermWeights(mentions.stream().map(ClaimMention::discoveryTerms).toList());
    Groups groups = new Groups(mentions);
    linkCandidates(mentions, weights, groups);
    groups.agglomerate(threshold);
    return name(groups.members(), weights);
  }

  /** Triples resolved within their frame; sentences read only as terms kept as they are. */
  private static List<ClaimMention> resolve(Collection<ClaimMention> input) {
    Map<String, List<ClaimMention>> frames = new TreeMap<>();
    List<ClaimMention> out = new ArrayList<>();
    for (ClaimMention m : input) {
      if (m.key().isNone()) {
        out.add(m);
      } else {
        frames.computeIfAbsent(m.key().frame(), k -> new ArrayList<>()).add(m);
      }
    }
    frames.values().forEach(frame -> out.addAll(ClaimResolver.resolve(frame)));
    out.sort(ClaimResolver.MENTION_ORDER);
    return out;
  }

  private static void linkCandidates(List<ClaimMention> mentions, TermWeights weights, Groups groups) {
    Map<String, List<Integer>> byTerm = new TreeMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      for (String t : mentions.get(i).discoveryTerms()) {
        if (weights.documentFrequency(t) <= MAX_BLOCK) {
          byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    for (List<Integer> block : byTerm.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int a = block.get(x);
          int b = block.get(y);
          if (seen.add((long) a * mentions.size() + b)) {
            double s = similarity(mentions.get(a), mentions.get(b), weights);
            if (s > 0) {
              groups.link(a, b, s);
            }
          }
        }
      }
    }
  }

  static double similarity(ClaimMention a, ClaimMention b, TermWeights weights) {
    if (a.sentenceIndex() == b.sentenceIndex() && a.articleId().equals(b.articleId())) {
      return 0; // two claims read from one sentence are two claims
    }
    if (!a.key().isNone() && !b.key().isNone() && isBody(a, b) && (!shareParticipant(a.key(), b.key()) || !sameEvent(a.key(), b.key()))) {
      return 0;
    }
    return Similarity.blend(weights.cosine(a.discoveryTerms(), b.discoveryTerms()), a.embedding(), b.embedding());
  }

  /**
   * A sentence in an article's body states several claims side by side, so two of them about the
   * same people are alike in words and embedding without being one claim ("the Taliban acts
   * against the groups", "the Taliban controls the groups"): there only the same canonical
   * predicate, with the same object or one left out, can be the same claim; the lexicon of
   * predicates is what makes paraphrases one predicate; a participant left unnamed (an agentless
   * passive) is shared with nobody. Headlines, one claim each, keep the looser rule.
   */
  private static boolean isBody(ClaimMention a, ClaimMention b) {
    return a.sentenceIndex() > 0 || b.sentenceIndex() > 0;
  }

  private static boolean shareParticipant(ClaimKey a, ClaimKey b) {
    return !a.subject().isEmpty() && a.subject().equals(b.subject()) || !a.object().isEmpty() && a.object().equals(b.object());
  }

  private static boolean sameEvent(ClaimKey a, ClaimKey b) {
    return a.predicate().equals(b.predicate())
        && (a.object().isEmpty() || b.object().isEmpty() || a.object().equals(b.object()))
        && (a.objectHead().isEmpty() || b.objectHead().isEmpty() || a.objectHead().equals(b.objectHead()) || a.object().equals(b.object()) && !a.object().isEmpty());
  }

  private List<ClaimGroup> name(List<List<ClaimMention>> clusters, TermWeights weights) {
    Map<String, ClaimGroup> byId = new TreeMap<>();
    for (List<ClaimMention> members : clusters) {
      Claim claim = label(members, weights);
      String id = claim.id();
      for (int n = 2; byId.containsKey(id); n++) {
        id = ClaimKey.idOf(claim.text() + "|" + n);
      }
      byId.put(id, new ClaimGroup(new Claim(id, claim.text(), claim.key(), claim.origin()), members));
    }
    return List.copyOf(byId.values());
  }

  private static Claim label(List<ClaimMention> members, TermWeights weights) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, ClaimKey> keys = new HashMap<>();
    for (ClaimMention m : members) {
      if (!m.key().isNone()) {
        counts.merge(m.key().key(), 1, Integer::sum);
        keys.putIfAbsent(m.key().key(), m.key());
      }
    }
    if (!counts.isEmpty()) {
      ClaimKey top =
          keys.get(counts.entrySet().stream()
              .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey());
      return Claim.discovered(top, representative(members, top).orElse(top.readable()));
    }
    String text = medoid(members, weights).sentence().strip();
    return new Claim(ClaimKey.idOf("sentence|" + text), text, ClaimKey.NONE, ClaimOrigin.DISCOVERED);
  }

  /**
   * The proposition that covers most mentions of the key: a label covers a mention when the
   * mention's own label is it or starts with it, so "China recognizes the Taliban" covers "China
   * recognizes the Taliban as the legitimate ruler of Afghanistan" (mentions of one claim word it
   * with more or less detail). On a tie the one more supporting mentions state (a claim is best
   * named as someone asserts it), then the shorter.
   */
  static java.util.Optional<String> representative(List<ClaimMention> members, ClaimKey key) {
    List<ClaimMention> own = members.stream().filter(m -> m.key().key().equals(key.key()) && !m.proposition().isEmpty()).toList();
    Map<String, Integer> covered = new TreeMap<>();
    Map<String, Integer> supporting = new TreeMap<>();
    for (ClaimMention label : own) {
      for (ClaimMention m : own) {
        if (m.proposition().equals(label.proposition()) || m.proposition().startsWith(label.proposition() + " ")) {
          covered.merge(label.proposition(), 1, Integer::sum);
          supporting.merge(label.proposition(), m.stance() == Stance.SUPPORTS ? 1 : 0, Integer::sum);
        }
      }
    }
    return covered.keySet().stream()
        .min(Comparator.<String>comparingInt(covered::get).reversed()
            .thenComparing(Comparator.<String>comparingInt(supporting::get).reversed())
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder()));
  }

  private static ClaimMention medoid(List<ClaimMention> members, TermWeights weights) {
    List<ClaimMention> sample = members.subList(0, Math.min(members.size(), MEDOID_SAMPLE));
    ClaimMention best = sample.get(0);
    double bestScore = -1;
    for (ClaimMention m : sample) {
      double score = 0;
      for (ClaimMention other : sample) {
        score += m == other ? 0 : similarity(m, other, weights);
      }
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  /** Groups of mention indices and the summed similarity between every two linked groups. */
  private static final class Groups {
    private record Candidate(double mean, int a, int b, int stampA, int stampB) {}

    private static final Comparator<Candidate> BEST_FIRST =
        Comparator.comparingDouble(Candidate::mean).reversed()
            .thenComparingInt(Candidate::a)
            .thenComparingInt(Candidate::b);

    private final List<ClaimMention> mentions;
    private final int[] groupOf;
    private final Map<Integer, List<Integer>> members = new TreeMap<>();
    private final Map<Integer, Set<String>> sentences = new HashMap<>();
    private final Map<Integer, Map<Integer, Double>> links = new HashMap<>();
    private final Map<Integer, Integer> stamps = new HashMap<>();

    Groups(List<ClaimMention> mentions) {
      this.mentions = mentions;
      this.groupOf = new int[mentions.size()];
      Map<String, Integer> byKey = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        ClaimMention m = mentions.get(i);
        int first = i;
        int group = m.key().isNone() || !m.key().isNamed() ? i : byKey.computeIfAbsent(m.key().key() + "|" + m.key().objectHead(), k -> first);
        groupOf[i] = group;
        members.computeIfAbsent(group, k -> new ArrayList<>()).add(i);
        sentences.computeIfAbsent(group, k -> new HashSet<>()).add(m.sentenceRef());
        stamps.put(group, 0);
      }
    }

    void link(int a, int b, double similarity) {
      int ga = groupOf[a];
      int gb = groupOf[b];
      if (ga != gb) {
        links.computeIfAbsent(ga, k -> new HashMap<>()).merge(gb, similarity, Double::sum);
        links.computeIfAbsent(gb, k -> new HashMap<>()).merge(ga, similarity, Double::sum);
      }
    }

    void agglomerate(double threshold) {
      PriorityQueue<Candidate> queue = new PriorityQueue<>(BEST_FIRST);
      links.forEach((a, neighbours) -> neighbours.keySet().stream().filter(b -> a < b).forEach(b -> queue.add(candidate(a, b))));
      while (!queue.isEmpty()) {
        Candidate c = queue.poll();
        if (c.mean() < threshold) {
          break;
        }
        if (!members.containsKey(c.a()) || !members.containsKey(c.b())
            || stamps.get(c.a()) != c.stampA() || stamps.get(c.b()) != c.stampB()
            || shareSentence(c.a(), c.b())) {
          continue;
        }
        merge(c.a(), c.b());
        links.getOrDefault(c.a(), Map.of()).keySet().forEach(other -> queue.add(candidate(c.a(), other)));
      }
    }

    private boolean shareSentence(int a, int b) {
      Set<String> small = sentences.get(a).size() <= sentences.get(b).size() ? sentences.get(a) : sentences.get(b);
      Set<String> large = small == sentences.get(a) ? sentences.get(b) : sentences.get(a);
      return small.stream().anyMatch(large::contains);
    }

    private Candidate candidate(int a, int b) {
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      double mean = links.get(lo).get(hi) / ((double) members.get(lo).size() * members.get(hi).size());
      return new Candidate(mean, lo, hi, stamps.get(lo), stamps.get(hi));
    }

    /** Folds group b into group a. */
    private void merge(int a, int b) {
      members.get(a).addAll(members.remove(b));
      sentences.get(a).addAll(sentences.remove(b));
      Map<Integer, Double> fromB = links.remove(b);
      Map<Integer, Double> intoA = links.computeIfAbsent(a, k -> new HashMap<>());
      intoA.remove(b);
      if (fromB != null) {
        fromB.forEach((other, sum) -> {
          if (other != a) {
            intoA.merge(other, sum, Double::sum);
            Map<Integer, Double> back = links.get(other);
            back.remove(b);
            back.merge(a, sum, Double::sum);
          }
        });
      }
      stamps.merge(a, 1, Integer::sum);
      stamps.remove(b);
    }

    /** Every group's mentions in mention order, groups in the order of their first mention. */
    List<List<ClaimMention>> members() {
      List<List<ClaimMention>> out = new ArrayList<>();
      for (List<Integer> indices : members.values()) {
        indices.sort(Comparator.naturalOrder());
        out.add(indices.stream().map(mentions::get).toList());
      }
      return out;
    }
  }
}
