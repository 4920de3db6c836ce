package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonEscapesTest {

  /** The text field the JSON parser reads from the repaired line; '|' in {@code text} stands for a backslash. */
  private static String read(String text) throws IOException {
    String line = "{\"id\": \"1\", \"text\": \"" + text.replace('|', '\\') + "\"}";
    return new ObjectMapper().readTree(JsonEscapes.repair(line)).path("text").asText();
  }

  @Test
  void invalidEscapesBecomeTheReplacementCharacter() throws IOException {
    assertEquals("a\uFFFD41b", read("a|x41b"));
    assertEquals("a\uFFFDG1b", read("a|u00G1b"));
    assertEquals("a\uFFFD", read("a|u12"));
    assertEquals("a\uFFFDb\n", read("a|qb|n"));
  }

  @Test
  void validEscapesStay() throws IOException {
    assertEquals("\"quoted\" / \u00E9 \t \\x", read("|\"quoted|\" |/ |u00e9 |t ||x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": 1}", "[1, 2]", "{\"a\": \"no escapes\"}", "{\"a\": \"|\"\"}|x"})
  void escapesOutsideStringsAreLeftToTheParser(String line) {
    String json = line.replace('|', '\\');
    assertEquals(json, JsonEscapes.repair(json));
  }
}
