package dev.triangulate.pipeline.eval;

import dev.triangulate.scoring.nlp.NlpPipeline;
import dev.triangulate.scoring.nlp.OpenIe;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Open IE quality of the proposition extractor on CaRB (Bhardwaj et al. 2019): reads one
 * sentence a line, tokens separated by spaces, extracts its propositions with the pipeline's own
 * CoreNLP settings (told the text is already tokenized and split) and writes them in CaRB's tab
 * format: the sentence exactly as read, confidence, relation, subject, other arguments.
 */
final class CarbEval {
  private CarbEval() {}

  /** Writes the extractions and returns how many there are. */
  static int extract(Path sentences, Path extractions) throws IOException {
    List<String> lines = Files.readAllLines(sentences, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    NlpPipeline nlp = new NlpPipeline(NlpPipeline.pretokenized());
    int count = 0;
    Path parent = extractions.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(extractions, StandardCharsets.UTF_8))) {
      for (String line : lines) {
        CoreDocument doc = nlp.annotate(line);
        for (CoreSentence sentence : doc.sentences()) {
          for (OpenIe.Extraction e : OpenIe.extract(sentence)) {
            out.printf(Locale.ROOT, "%s\t%.2f\t%s\t%s%n", line, e.confidence(), e.relation(), String.join("\t", e.arguments()));
            count++;
          }
        }
      }
    }
    return count;
  }
}
