package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JaccardClusteringTest {
  private static final Map<String, String> HEADLINES = new LinkedHashMap<>();

  static {
    HEADLINES.put("h1", "Lighthouse keeper finds 40 gold coins");          // {lighthouse, keeper, finds, 40, gold, coins}
    HEADLINES.put("h2", "Lighthouse keeper finds 40 gold coins on beach");  // h1 + {beach}: 6/7 with h1
    HEADLINES.put("h3", "Town council bans purple bicycles");                // {town, council, bans, purple, bicycles}
    HEADLINES.put("h4", "Council to ban purple bicycles");                   // {council, ban, purple, bicycles}: 3/6 with h3
    HEADLINES.put("h5", "Gold prices fall");                                 // {gold, prices, fall}: 1/8 with h1, 1/9 with h2
  }

  @Test
  void tokensAreLowerCasedWordsWithoutStopWords() {
    assertEquals(Set.of("keeper", "40", "coins", "beach"), JaccardClustering.tokens("The keeper's 40 COINS, on the beach!"));
  }

  @Test
  void linksPairsAtOrAboveTheThreshold() {
    Map<String, String> c = new JaccardClustering(HEADLINES).cluster(0.5);
    assertEquals(c.get("h1"), c.get("h2"));
    assertEquals(c.get("h3"), c.get("h4"));
    assertNotEquals(c.get("h1"), c.get("h3"));
    assertEquals(3, Set.copyOf(c.values()).size());
  }

  @Test
  void singleLinkJoinsThroughTheClosestMember() {
    // h5 reaches h1 (1/8 = 0.125) but not h2 (1/9), and still ends up with both.
    Map<String, String> c = new JaccardClustering(HEADLINES).cluster(0.12);
    assertEquals(c.get("h1"), c.get("h5"));
    assertEquals(c.get("h2"), c.get("h5"));
    assertEquals(2, Set.copyOf(c.values()).size());
  }

  @Test
  void highThresholdLeavesSingletons() {
    assertEquals(5, Set.copyOf(new JaccardClustering(HEADLINES).cluster(0.9).values()).size());
  }

  @Test
  void textWithoutContentWordsStaysAlone() {
    Map<String, String> texts = new LinkedHashMap<>(HEADLINES);
    texts.put("h6", "It is what it is");
    Map<String, String> c = new JaccardClustering(texts).cluster(0.1);
    assertEquals("h6", c.get("h6"));
    assertEquals(6, c.size());
  }
}
