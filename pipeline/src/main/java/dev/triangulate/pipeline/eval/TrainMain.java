package dev.triangulate.pipeline.eval;

import dev.triangulate.scoring.relation.DocumentFrequencies;
import dev.triangulate.scoring.relation.RelationFeatures;
import dev.triangulate.scoring.relation.RelationModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code triangulate train stance [--data=DIR] [--out=DIR]}: fits the article-level relation
 * model on the training stories of FNC-1 ({@link FncStances}) and writes its weights and the
 * document frequencies it reads articles with (of all FNC-1 bodies: words, no labels), by default
 * over the committed ones; the same data gives the same bytes. Exit status 0 on success, 2 for
 * bad arguments or missing data, 1 when the run failed.
 */
public final class TrainMain {
  static final String USAGE = "Usage: triangulate train stance [--data=DIR] [--out=DIR]";
  static final String DEFAULT_OUT = "scoring/src/main/resources/dev/triangulate/scoring/relation";

  private TrainMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || !args[0].equals("stance")) {
      System.err.println("triangulate train: expected \"stance\"\n" + USAGE);
      return 2;
    }
    Path data = Path.of(EvalMain.DEFAULT_FNC1);
    Path out = Path.of(DEFAULT_OUT);
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--data=")) {
        data = Path.of(args[i].substring("--data=".length()));
      } else if (args[i].startsWith("--out=")) {
        out = Path.of(args[i].substring("--out=".length()));
      } else {
        System.err.println("triangulate train: unknown argument " + args[i] + "\n" + USAGE);
        return 2;
      }
    }
    if (!Files.isRegularFile(data.resolve("train_stances.csv")) || !Files.isRegularFile(data.resolve("train_bodies.csv"))) {
      System.err.println("triangulate train: no FNC-1 data in " + data.toAbsolutePath().normalize() + " (use --data=DIR)");
      return 2;
    }
    try {
      FncStances.Split split = FncStances.split(FncStances.read(data.resolve("train_stances.csv")));
      var bodies = FncStances.bodies(data);
      DocumentFrequencies df = DocumentFrequencies.of(bodies.values());
      var examples = FncStances.examples(split.training(), bodies, new RelationFeatures(df));
      RelationModel model = RelationModel.train(examples);
      Files.createDirectories(out);
      Files.writeString(out.resolve(DocumentFrequencies.RESOURCE), df.write(), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(RelationModel.RESOURCE), model.write(), StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "relation model fitted on %d pairs of %d training stories (%d held out); written to %s%n",
          examples.size(), split.stories() - split.heldOutStories(), split.heldOutStories(), out);
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("triangulate train: run failed: " + e);
      return 1;
    }
  }
}
