package dev.triangulate.scoring.relation;

/** How an article relates to a claim, FNC-1's four labels in the project's words. */
public enum Relation {
  UNRELATED("unrelated"),
  DISCUSSES("discuss"),
  SUPPORTS("agree"),
  REFUTES("disagree");

  private final String fnc;

  Relation(String fnc) {
    this.fnc = fnc;
  }

  /** FNC-1's name for it (agree, disagree, discuss, unrelated). */
  public String fnc() {
    return fnc;
  }

  public static Relation ofFnc(String label) {
    for (Relation r : values()) {
      if (r.fnc.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("not an FNC-1 stance: " + label);
  }
}
