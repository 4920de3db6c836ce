package dev.triangulate.pipeline;

import dev.triangulate.scoring.claim.ClaimClusterer;
import dev.triangulate.scoring.claim.Watchlist;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Command-line options of the Triangulate job (Beam style: --name=value). */
public interface TriangulateOptions extends PipelineOptions {

  @Description(
      "Input: a directory of .txt articles (with an optional manifest.csv beside them), a .txt file "
          + "or a .jsonl file with one article per line. Repeat --input for several.")
  @Default.InstanceFactory(Seeds.class)
  List<String> getInput();

  void setInput(List<String> value);

  /** The sample articles; a list default needs a factory (Default.String gives a String). */
  final class Seeds implements DefaultValueFactory<List<String>> {
    @Override
    public List<String> create(PipelineOptions options) {
      return List.of("seeds");
    }
  }

  @Description("Output directory; replaced as a whole only when the run has succeeded.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Watchlist: a CSV file with columns claim_id,claim. Every article sentence that makes one of "
          + "these claims is matched to it; claims nothing matches get the verdict NO_COVERAGE.")
  @Default.String("")
  String getClaims();

  void setClaims(String value);

  @Description(
      "Paraphrase matching: embed headlines, sentences read as claims and watched claims with a "
          + "MiniLM sentence encoder, so differently worded reports of one claim meet. false: terms only (faster).")
  @Default.Boolean(true)
  boolean getParaphrases();

  void setParaphrases(boolean value);

  @Description("Lowest match score (0-1) for a sentence to count as a mention of a watched claim.")
  @Default.Double(Watchlist.DEFAULT_THRESHOLD)
  double getMatchThreshold();

  void setMatchThreshold(double value);

  @Description("Lowest mean similarity (0-1) at which discovery merges two groups of mentions into one claim.")
  @Default.Double(ClaimClusterer.DEFAULT_THRESHOLD)
  double getDiscoveryThreshold();

  void setDiscoveryThreshold(double value);

  @Description(
      "Seconds CoreNLP may spend on one article; an article that takes longer goes to rejects.csv "
          + "instead of holding up the run.")
  @Default.Integer(60)
  int getArticleTimeBudgetSeconds();

  void setArticleTimeBudgetSeconds(int value);

  @Description(
      "The output directory of an earlier run (may be --output itself, for a nightly run): changes.csv "
          + "lists the claims that are new, whose verdict changed, or that an outlet now contradicts.")
  @Default.String("")
  String getPrevious();

  void setPrevious(String value);

  @Description("Start every CSV with a UTF-8 byte order mark, so that Excel opens non-ASCII text correctly.")
  @Default.Boolean(false)
  boolean getExcelBom();

  void setExcelBom(boolean value);
}
