package dev.triangulate.pipeline;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Command-line options of the Triangulate job (Beam style: --name=value). */
public interface TriangulateOptions extends PipelineOptions {

  @Description(
      "Input: a directory of .txt articles (with an optional manifest.csv beside them), a .txt file "
          + "or a .jsonl file with one article per line. Repeat --input for several.")
  @Default.String("seeds")
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Output directory; replaced as a whole only when the run has succeeded.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Seconds CoreNLP may spend on one article; an article that takes longer goes to rejects.csv "
          + "instead of holding up the run.")
  @Default.Integer(60)
  int getArticleTimeBudgetSeconds();

  void setArticleTimeBudgetSeconds(int value);
}
