package dev.triangulate.scoring.nlp;

import dev.triangulate.scoring.nlp.Proposition.Argument;
import dev.triangulate.scoring.nlp.Proposition.Kind;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The propositions of a sentence as Open IE tuples (relation, arguments as the sentence's
 * tokens), for scoring against Open IE benchmarks such as CaRB. The confidence ranks tuples by
 * how much of a clause the parse vouches for: a verb with its subject and object highest, an
 * apposition lowest.
 */
public final class OpenIe {
  /** One tuple: arguments.get(0) is the subject. */
  public record Extraction(double confidence, String relation, List<String> arguments) {}

  private OpenIe() {}

  public static List<Extraction> extract(CoreSentence sentence) {
    SemanticGraph enhanced = sentence.dependencyParse();
    SemanticGraph basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (enhanced == null || basic == null || enhanced.isEmpty()) {
      return List.of();
    }
    List<Extraction> out = new ArrayList<>();
    for (Proposition p : PropositionExtractor.extract(ParseRepair.repaired(enhanced, true), ParseRepair.repaired(basic, false), PropositionExtractor.EventNouns.NONE)) {
      List<String> arguments = new ArrayList<>();
      arguments.add(p.subject().tokens());
      for (Argument a : p.arguments()) {
        arguments.add(String.join(" ", a.words().stream().map(w -> w.word()).toList()));
      }
      String relation = p.kind() == Kind.APPOSITION ? "is" : p.relationTokens();
      if (!relation.isEmpty()) {
        out.add(new Extraction(confidence(p), relation, arguments));
      }
    }
    return out;
  }

  private static double confidence(Proposition p) {
    if (p.kind() == Kind.APPOSITION) {
      return 0.5;
    }
    boolean object = p.arguments().stream().anyMatch(Argument::isObject);
    double c = object ? 0.9 : p.arguments().isEmpty() ? 0.6 : 0.8;
    return c - 0.05 * Math.max(0, p.arguments().size() - 2);
  }
}
