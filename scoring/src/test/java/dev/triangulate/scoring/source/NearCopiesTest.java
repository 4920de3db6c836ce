package dev.triangulate.scoring.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.scoring.article.Article;
import dev.triangulate.scoring.claim.Upstream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearCopiesTest {
  private static final String WIRE =
      "Chinese Foreign Minister Wang Yi met a Taliban delegation led by Mullah Abdul Ghani Baradar in the "
          + "northern city of Tianjin on Wednesday, the foreign ministry said. Wang said the East Turkestan Islamic "
          + "Movement poses a direct threat to China's national security and urged the Taliban to cut ties with the "
          + "group. The meeting came as the United States withdraws its remaining troops from Afghanistan after "
          + "twenty years of war, a pullout that has let the insurgents sweep across the country.";
  /** The wire story with a new first clause and a few words changed, as a regional site would run it. */
  private static final String REWRITE =
      "In a sign of warming ties, Chinese Foreign Minister Wang Yi met a Taliban delegation led by Mullah Abdul "
          + "Ghani Baradar in the northern city of Tianjin on Wednesday, the foreign ministry said. Wang said the East "
          + "Turkestan Islamic Movement poses a direct threat to China's national security and urged the Taliban to "
          + "cut ties with the group. The meeting came as the United States withdraws its last troops from "
          + "Afghanistan after twenty years of war, a pullout that has let the insurgents sweep across the country.";
  /** The same event in an outlet's own words: not a copy. */
  private static final String OWN_WORDS =
      "Beijing rolled out the red carpet for the Taliban this week. Mullah Baradar, the group's political chief, "
          + "sat down with Wang Yi in Tianjin, where China pressed its hosts over Uyghur militants sheltering in "
          + "Afghanistan and the Taliban promised that Afghan soil would not be used against any country.";

  private static Fingerprint fingerprint(String id, String outlet, String published, String body) {
    return Fingerprint.of(new Article(id, outlet, published, "", "", body, id));
  }

  @Test
  void syndicatedCopyAndLightRewriteLeanOnTheEarliestArticle() {
    Map<String, Upstream> copies =
        NearCopies.find(List.of(
            fingerprint("b", "Regional Post", "2021-07-29", REWRITE),
            fingerprint("a", "Wire", "2021-07-28", WIRE),
            fingerprint("c", "Daily Echo", "2021-07-30", WIRE),
            fingerprint("d", "Monitor", "2021-07-28", OWN_WORDS)));
    assertEquals(Map.of("b", Upstream.copyOf("Wire", "a"), "c", Upstream.copyOf("Wire", "a")), copies);
  }

  @Test
  void similarityEstimatesShingleOverlap() {
    Fingerprint wire = fingerprint("a", "Wire", "", WIRE);
    assertEquals(1.0, wire.similarity(fingerprint("c", "Echo", "", WIRE)));
    assertTrue(wire.similarity(fingerprint("b", "Post", "", REWRITE)) >= NearCopies.THRESHOLD);
    assertTrue(wire.similarity(fingerprint("d", "Monitor", "", OWN_WORDS)) < 0.1);
  }

  @Test
  void undatedArticlesAreNeverTheOriginalOfDatedOnes() {
    Map<String, Upstream> copies =
        NearCopies.find(List.of(fingerprint("a", "Wire", "", WIRE), fingerprint("z", "Echo", "2021-08-01", WIRE)));
    assertEquals(Map.of("a", Upstream.copyOf("Echo", "z")), copies);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Fingerprint> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(fingerprint("w" + i, "Outlet " + i, "2021-07-" + (10 + i), i % 3 == 0 ? WIRE : i % 3 == 1 ? REWRITE : OWN_WORDS + i));
    }
    Map<String, Upstream> expected = NearCopies.find(all);
    Collections.shuffle(all, new Random(3));
    assertEquals(expected, NearCopies.find(all));
    // Wire copies and rewrites are one group (8 articles), the near-identical own-words texts another (4).
    assertEquals(10, expected.size(), expected::toString);
  }

  @Test
  void emptyTextsAreNotCopiesOfEachOther() {
    Fingerprint empty = fingerprint("e", "X", "", "  ... !!! ");
    assertTrue(empty.isEmpty());
    assertEquals(Map.of(), NearCopies.find(List.of(empty, fingerprint("f", "Y", "", ""))));
  }
}
