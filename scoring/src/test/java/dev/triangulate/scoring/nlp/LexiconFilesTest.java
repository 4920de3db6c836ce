package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  private String canonical(String alias) {
    List<String> tokens = List.of(alias.split(" "));
    Gazetteer.Match m = gazetteer.longestMatch(tokens, 0).orElseThrow();
    assertEquals(tokens.size(), m.length(), alias);
    return m.entity().name();
  }

  @Test
  void aliasesMapToOneCanonicalEntity() {
    assertEquals("China", canonical("Beijing"));
    assertEquals("China", canonical("Chinese"));
    assertEquals("Taliban", canonical("Islamic Emirate"));
    assertEquals("Taliban", canonical("Afghan Taliban"));
    assertEquals("ETIM", canonical("East Turkestan Islamic Movement"));
    assertEquals("ETIM", canonical("Eastern Turkistan Islamic Movement"));
    assertEquals("ETIM", canonical("Turkestan Islamic Movement"));
    assertEquals("ETIM", canonical("ETIM"));
  }

  @Test
  void longestAliasWins() {
    Gazetteer.Match m = gazetteer.longestMatch(List.of("Afghan", "Taliban", "fighters"), 0).orElseThrow();
    assertEquals("Taliban", m.entity().name());
    assertEquals(2, m.length());
  }

  @Test
  void capitalsKnowTheirCountry() {
    assertEquals("Afghanistan", gazetteer.lookup("Kabul").orElseThrow().partOf());
  }
}
