package dev.triangulate.pipeline.eval;

import dev.triangulate.pipeline.bench.FncBodies;
import dev.triangulate.scoring.claim.ClaimKey;
import dev.triangulate.scoring.relation.Relation;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * FNC-1's labelled (headline, body) pairs split by story, so that what is fitted is never scored
 * on the stories it was fitted on. A story is a connected group of headlines and the bodies
 * related (agree, disagree or discuss) to them; a story is held out when the first hex digit of
 * SHA-256 of its first headline (in sorted order) is 0, 1 or 2 (about 3 in 16). Training pairs
 * are those whose headline and body both belong to training stories; held-out pairs are all the
 * pairs of a held-out story's headlines, with any body.
 */
final class FncStances {
  private static final String HELD_OUT_DIGITS = "012";

  record Pair(String headline, String bodyId, Relation gold) {}

  record Split(List<Pair> training, List<Pair> heldOut, int stories, int heldOutStories) {}

  private FncStances() {}

  static List<Pair> read(Path stances) throws IOException {
    try (Reader reader = Files.newBufferedReader(stances, StandardCharsets.UTF_8)) {
      return FncBodies.FORMAT.parse(reader).stream()
          .map(r -> new Pair(r.get("Headline"), r.get("Body ID").strip(), Relation.ofFnc(r.get("Stance").strip())))
          .toList();
    }
  }

  static Split split(List<Pair> pairs) {
    Predicate<String> heldOutName = name -> HELD_OUT_DIGITS.indexOf(ClaimKey.idOf(name).charAt(0)) >= 0;
    Map<String, String> parent = new HashMap<>();
    for (Pair p : pairs) {
      find(parent, "h:" + p.headline());
      find(parent, "b:" + p.bodyId());
      if (p.gold() != Relation.UNRELATED) {
        parent.put(find(parent, "h:" + p.headline()), find(parent, "b:" + p.bodyId()));
      }
    }
    // A story is named by its first headline, so that the split does not depend on the union order.
    Map<String, String> storyName = new TreeMap<>();
    for (Pair p : pairs) {
      storyName.merge(find(parent, "h:" + p.headline()), p.headline(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Predicate<String> heldOut =
        root -> storyName.containsKey(root) && heldOutName.test(storyName.get(root));
    List<Pair> training = new ArrayList<>();
    List<Pair> held = new ArrayList<>();
    for (Pair p : pairs) {
      if (heldOut.test(find(parent, "h:" + p.headline()))) {
        held.add(p);
      } else if (!heldOut.test(find(parent, "b:" + p.bodyId()))) {
        training.add(p);
      }
    }
    long heldStories = storyName.keySet().stream().filter(heldOut).count();
    return new Split(training, held, storyName.size(), (int) heldStories);
  }

  private static String find(Map<String, String> parent, String node) {
    String root = node;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.putIfAbsent(node, node);
    // Path compression keeps the walk short on 50,000 pairs.
    String at = node;
    while (!at.equals(root)) {
      String next = parent.get(at);
      parent.put(at, root);
      at = next;
    }
    parent.putIfAbsent(root, root);
    return root;
  }

  /** The features of every pair, bodies read once; IDF over all the bodies (text only, no labels). */
  static List<RelationModel.Example> examples(List<Pair> pairs, Map<String, String> bodies, RelationFeatures features) {
    Map<String, RelationFeatures.Article> read = new HashMap<>();
    List<RelationModel.Example> out = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      RelationFeatures.Article body = read.computeIfAbsent(p.bodyId(), id -> features.article(bodies.get(id)));
      out.add(new RelationModel.Example(features.of(p.headline(), body), p.gold()));
    }
    return out;
  }

  static Map<String, String> bodies(Path dir) throws IOException {
    return FncBodies.read(dir.resolve("train_bodies.csv"), Long.MAX_VALUE).stream()
        .collect(Collectors.toMap(FncBodies.Body::id, FncBodies.Body::text, (a, b) -> a, TreeMap::new));
  }
}
