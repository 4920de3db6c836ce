package dev.triangulate.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void directionControlsAndZeroWidthCharactersAreWrittenOut() {
    assertEquals("x<U+202E>gnp.exe", VisibleText.of("x\u202Egnp.exe"));
    assertEquals("<U+2067>a<U+2069><U+200E><U+200F><U+061C>", VisibleText.of("\u2067a\u2069\u200E\u200F\u061C"));
    assertEquals("Reuters<U+200B><U+200C><U+200D><U+2060><U+FEFF>", VisibleText.of("Reuters\u200B\u200C\u200D\u2060\uFEFF"));
  }

  @Test
  void otherTextIsReturnedAsItIs() {
    String text = "Caf\u00E9 \uFF32 \uD83D\uDE00 \u0627\u0644\u062C\u0632\u064A\u0631\u0629 \uFFFD";
    assertSame(text, VisibleText.of(text));
  }
}
