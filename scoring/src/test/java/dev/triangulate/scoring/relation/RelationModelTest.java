package dev.triangulate.scoring.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relation features and model on a handful of hand-written articles (no FNC-1 data). */
class RelationModelTest {
  private static final List<String> ARTICLES = List.of(
      "The ferry Aurora sank off Northport on Monday. All forty passengers were rescued by the coastguard.",
      "Reports that the ferry Aurora sank off Northport are false, the operator said. The Aurora is in harbour.",
      "The ferry Aurora reportedly sank off Northport, according to unconfirmed posts. Officials could not confirm it.",
      "The city council approved a new budget for the schools. Teachers welcomed the decision.",
      "A local bakery won a national prize for its bread. The owner thanked her staff.");
  private static final String CLAIM = "Ferry Aurora sank off Northport";
  private static final RelationFeatures FEATURES = new RelationFeatures(ARTICLES);

  @Test
  void theArticleStatingTheClaimCoversItAndTheOthersDoNot() {
    double[] stating = FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(0))).dense();
    double[] unrelated = FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(3))).dense();
    int best = RelationFeatures.NAMES.indexOf("best_sentence_cosine");
    assertTrue(stating[best] > 0.5, () -> "" + stating[best]);
    assertEquals(0.0, unrelated[best]);
    double[] denying = FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(1))).dense();
    assertEquals(1.0, denying[RelationFeatures.NAMES.indexOf("denial_cues_top3")], "'false' in the sentence closest to the claim");
  }

  @Test
  void trainingTwiceGivesTheSameBytesAndTheFileReadsBack() throws IOException {
    List<RelationModel.Example> examples = examples();
    String first = RelationModel.train(examples).write();
    assertEquals(first, RelationModel.train(examples).write());
    RelationModel read = RelationModel.read(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
    assertEquals(first, read.write());
    for (RelationModel.Example e : examples) {
      assertEquals(e.gold(), read.predict(e.features()), () -> "fits its own five labelled pairs");
    }
  }

  private static List<RelationModel.Example> examples() {
    List<Relation> gold = List.of(Relation.SUPPORTS, Relation.REFUTES, Relation.DISCUSSES, Relation.UNRELATED, Relation.UNRELATED);
    List<RelationModel.Example> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES.size(); i++) {
      out.add(new RelationModel.Example(FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(i))), gold.get(i)));
    }
    return out;
  }
}
