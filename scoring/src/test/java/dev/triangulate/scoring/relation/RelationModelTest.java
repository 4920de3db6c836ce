package dev.triangulate.scoring.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  private static final RelationFeatures FEATURES = new RelationFeatures(DocumentFrequencies.of(ARTICLES));

  @Test
  void theArticleStatingTheClaimCoversItAndTheOthersDoNot() {
    int best = RelationFeatures.NAMES.indexOf("best_sentence_cosine");
    double[] stating = FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(0))).dense();
    for (int i = 1; i < ARTICLES.size(); i++) {
      double other = FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(i))).dense()[best];
      assertTrue(stating[best] > other, () -> stating[best] + " vs " + other);
    }
    assertEquals(0.0, FEATURES.of(CLAIM, FEATURES.article(ARTICLES.get(3))).dense()[best]);
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

  @Test
  void documentFrequenciesReadBackAsWritten() throws IOException {
    DocumentFrequencies df = DocumentFrequencies.of(ARTICLES);
    String written = df.write();
    assertEquals(written, DocumentFrequencies.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))).write());
    assertEquals(3, df.of("northport"), "in three of the five articles");
    assertEquals(0, df.of("bakery"), "in only one article: left out");
  }

  @Test
  void theCommittedModelRelatesEachArticleToTheClaimItIsAbout() {
    ClaimRelations relations = new ClaimRelations(
        new TreeMap<>(Map.of("C1", CLAIM, "C2", "The city council approved the school budget", "C3", "A local bakery won a prize for its bread")),
        RelationModel.standard(), RelationFeatures.standard());
    assertEquals(List.of("C1"), relations.related(ARTICLES.get(0)));
    assertEquals(List.of("C2"), relations.related(ARTICLES.get(3)));
    assertEquals(List.of("C3"), relations.related(ARTICLES.get(4)));
    assertEquals(List.of(), relations.related("Nothing here shares a word with any claim."));
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
