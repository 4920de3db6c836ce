package dev.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void lineGivesDoneTotalRateAndEta() {
    assertEquals("articles 12/50 (24%), 3.0 articles/s, ETA 0:13", Progress.line(12, 50, 4_000));
    assertEquals("articles 50/50 (100%), 12.5 articles/s, ETA 0:00", Progress.line(50, 50, 4_000));
  }

  @Test
  void beforeTheFirstArticleTheEtaIsUnknown() {
    assertEquals("articles 0/50 (0%), 0.0 articles/s, ETA unknown", Progress.line(0, 50, 5_000));
    assertEquals("articles 0/0 (0%), 0.0 articles/s, ETA unknown", Progress.line(0, 0, 0));
  }

  @Test
  void longEtasShowHours() {
    assertEquals("0:59", Progress.clock(59));
    assertEquals("12:05", Progress.clock(725));
    assertEquals("1:02:09", Progress.clock(3729));
  }
}
