package dev.triangulate.scoring.claim;

import static dev.triangulate.scoring.claim.Mentions.asserted;
import static dev.triangulate.scoring.claim.Mentions.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimResolverTest {

  @Test
  void mentionWithoutPlaceJoinsTheFramesMainClaim() {
    ClaimKey inAfghanistan = key("Taliban", "take_power", "Afghanistan");
    List<ClaimMention> resolved =
        ClaimResolver.resolve(
            List.of(
                asserted(inAfghanistan, "a", "A"),
                asserted(inAfghanistan, "b", "B"),
                asserted(key("Taliban", "take_power", "Iraq"), "c", "C"),
                asserted(key("Taliban", "take_power", ""), "d", "D")));
    ClaimMention d = resolved.stream().filter(m -> m.articleId().equals("d")).findFirst().orElseThrow();
    assertEquals(inAfghanistan, d.key());
  }

  @Test
  void oneMentionPerClaimPerSentence() {
    ClaimKey claim = key("Taliban", "take_power", "Afghanistan");
    List<ClaimMention> resolved =
        ClaimResolver.resolve(List.of(asserted(claim, "a", "A"), asserted(key("Taliban", "take_power", ""), "a", "A")));
    assertEquals(1, resolved.size());
  }

  @Test
  void claimIdIsStableAndDistinguishesObjects() {
    ClaimKey a = key("China", "recognize", "Taliban");
    assertEquals(a.id(), key("China", "recognize", "Taliban").id());
    assertEquals(12, a.id().length());
    assertNotEquals(a.id(), key("China", "recognize", "ETIM").id());
    assertEquals("China recognizes Taliban", a.readable());
  }
}
