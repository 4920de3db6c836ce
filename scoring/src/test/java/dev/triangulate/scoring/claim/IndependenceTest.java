package dev.triangulate.scoring.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndependenceTest {

  /** A feed cannot make one outlet two by invisible characters or compatibility forms. */
  @ParameterizedTest
  @ValueSource(strings = {"Reuters\u200B", "\uFEFFReuters", "Reu\u202Eters", "Reuters\u2066", "\uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53",
      "reuters.com\u200D", "\uD835\uDC11euters"})
  void namesDifferingOnlyByInvisibleCharactersOrCompatibilityFormsAreOneSource(String name) {
    assertEquals(Independence.key("Reuters"), Independence.key(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Reuter", "Routers"})
  void differentNamesStayDifferent(String name) {
    assertNotEquals(Independence.key("Reuters"), Independence.key(name));
  }
}
