package dev.triangulate.scoring.language;

/** Categories of loaded language, each with the weight it adds to a text's raw score. */
public enum LoadedCategory {
  LABEL("label", 1.0),
  HYPERBOLE("hyperbole", 0.6),
  EMOTIVE("emotive", 0.6),
  CLICKBAIT("clickbait", 1.0),
  ACCUSATION("accusation", 0.8),
  SCARE_QUOTES("scare-quotes", 0.5),
  ALL_CAPS("all-caps", 0.5),
  EXCLAMATION("exclamation", 0.4),
  RHETORICAL_QUESTION("rhetorical-question", 0.4);

  private final String label;
  private final double weight;

  LoadedCategory(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }

  public String label() {
    return label;
  }

  public double weight() {
    return weight;
  }
}
