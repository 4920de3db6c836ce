package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.relation.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FNC-1's weighted score and the story split, on hand-made pairs. */
class FncEvalTest {
  @Test
  void relatednessEarnsAQuarterAndTheRightStanceThreeQuartersMore() {
    assertEquals(0.25, FncEval.points(Relation.UNRELATED, Relation.UNRELATED));
    assertEquals(1.0, FncEval.points(Relation.SUPPORTS, Relation.SUPPORTS));
    assertEquals(0.25, FncEval.points(Relation.SUPPORTS, Relation.DISCUSSES), "related, wrong stance");
    assertEquals(0.0, FncEval.points(Relation.REFUTES, Relation.UNRELATED));
    assertEquals(0.0, FncEval.points(Relation.UNRELATED, Relation.DISCUSSES));
  }

  @Test
  void headlinesSharingARelatedBodyAreOneStoryOnOneSideOfTheSplit() {
    List<FncStances.Pair> pairs = new java.util.ArrayList<>();
    for (int story = 0; story < 40; story++) {
      pairs.add(new FncStances.Pair("claim " + story, "b" + story, Relation.SUPPORTS));
      pairs.add(new FncStances.Pair("other wording of claim " + story, "b" + story, Relation.DISCUSSES));
      pairs.add(new FncStances.Pair("claim " + story, "b" + ((story + 1) % 40), Relation.UNRELATED));
    }
    FncStances.Split split = FncStances.split(pairs);
    assertEquals(40, split.stories());
    assertEquals(true, split.heldOutStories() > 0 && split.heldOutStories() < 40, "" + split.heldOutStories());
    for (FncStances.Pair held : split.heldOut()) {
      // Both wordings of a held-out story are held out, and its bodies are never trained on.
      String story = held.headline().replace("other wording of ", "");
      assertEquals(true, split.heldOut().stream().anyMatch(p -> p.headline().equals("other wording of " + story)), story);
      if (held.gold() != Relation.UNRELATED) {
        assertEquals(true, split.training().stream().noneMatch(p -> p.headline().equals(held.headline()) || p.bodyId().equals(held.bodyId())));
      }
    }
  }
}
