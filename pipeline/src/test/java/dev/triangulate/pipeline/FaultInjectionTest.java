package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.pipeline.io.InputLister;
import dev.triangulate.pipeline.transforms.ExtractClaims;
import dev.triangulate.scoring.language.LoadedLanguageScorer;
import dev.triangulate.scoring.nlp.ClaimExtractor;
import dev.triangulate.scoring.nlp.Gazetteer;
import dev.triangulate.scoring.nlp.NewsOrganisations;
import dev.triangulate.scoring.nlp.NlpPipeline;
import dev.triangulate.scoring.nlp.PredicateLexicon;
import dev.triangulate.scoring.nlp.TermLexicon;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception thrown inside CoreNLP for one article rejects that article, with the exception
 * class, and the run goes on. The exception comes from a real CoreNLP annotator added to the
 * shared pipeline's chain, so it surfaces exactly where a CoreNLP bug would.
 */
class FaultInjectionTest {
  /** Articles containing this word make the annotator throw; the class name is what rejects.csv must show. */
  private static final String RUNTIME_FAULT = "Kaboom";
  private static final String STACK_FAULT = "Bottomless";

  @TempDir Path tmp;

  static final class InjectedFault extends RuntimeException {
    InjectedFault(String message) {
      super(message);
    }
  }

  /** A CoreNLP annotator that fails on the marked articles, the way a parser bug would. */
  public static final class FaultAnnotator implements Annotator {
    public FaultAnnotator(String name, Properties props) {}

    @Override
    public void annotate(Annotation annotation) {
      String text = annotation.toString();
      if (text.contains(RUNTIME_FAULT)) {
        throw new InjectedFault("annotator gave up on this text");
      }
      if (text.contains(STACK_FAULT)) {
        throw new StackOverflowError();
      }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of();
    }
  }

  private static NlpPipeline faultyNlp;

  /**
   * The real annotators come from CoreNLP's annotator pool, so this costs no second model load.
   * One CoreNLP for all, one extractor per DoFn copy, as in production.
   */
  static synchronized ClaimExtractor faultyExtractor() {
    if (faultyNlp == null) {
      Properties props = NlpPipeline.properties();
      props.setProperty("customAnnotatorClass.fault", FaultAnnotator.class.getName());
      props.setProperty("annotators", "tokenize,ssplit,fault," + props.getProperty("annotators").replace("tokenize,ssplit,", ""));
      faultyNlp = new NlpPipeline(props);
    }
    return new ClaimExtractor(
        faultyNlp, Gazetteer.standard(), PredicateLexicon.standard(), TermLexicon.standard(),
        LoadedLanguageScorer.standard(), NewsOrganisations.standard(), false);
  }

  @Test
  void anArticleThatMakesCoreNlpThrowIsRejectedAndTheOthersGoOn() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good-1.txt"), "Russia met a Taliban delegation in Moscow on Tuesday, officials said.\n");
    Files.writeString(in.resolve("crash.txt"), "Qatar hosted the talks in Doha. " + RUNTIME_FAULT + ".\n");
    Files.writeString(in.resolve("deep.txt"), "Iran hosted the talks in Tehran. " + STACK_FAULT + ".\n");
    Files.writeString(in.resolve("good-2.txt"), "Pakistan hosted talks with the Taliban in Islamabad on Monday.\n");
    Path out = tmp.resolve("out");

    PipelineOptionsFactory.register(TriangulateOptions.class);
    TriangulateOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + in, "--output=" + out).as(TriangulateOptions.class);
    assertEquals(0, Main.execute(options, InputLister.list(options.getInput()), new ExtractClaims(FaultInjectionTest::faultyExtractor)));

    Map<String, String> rejects =
        OutputTables.read(out.resolve("rejects.csv")).stream()
            .collect(Collectors.toMap(r -> Path.of(r.get("source")).getFileName().toString(), r -> r.get("reason")));
    assertEquals(Set.of("crash.txt", "deep.txt"), rejects.keySet());
    assertEquals("NLP failed: " + InjectedFault.class.getName() + ": annotator gave up on this text", rejects.get("crash.txt"));
    assertEquals("NLP failed: java.lang.StackOverflowError: null", rejects.get("deep.txt"));
    assertEquals(
        Set.of("good-1", "good-2"),
        OutputTables.read(out.resolve("articles.csv")).stream().map(r -> r.get("article_id")).collect(Collectors.toSet()));
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(4, run.path("counts").path("inputs").asInt());
    assertEquals(2, run.path("counts").path("rejected").asInt());
    assertTrue(run.path("reconciled").asBoolean());
  }
}
