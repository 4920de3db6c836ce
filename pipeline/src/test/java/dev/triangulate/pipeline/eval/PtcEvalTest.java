package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.language.LoadedCategory;
import dev.triangulate.scoring.language.LoadedTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtcEvalTest {

  @Test
  void eachTermIsPlacedWhereItBeginsAndSentenceSignalsAreLeftOut() {
    // "regime change" is neutral, so the label is the second "regime": placing by text would take the first.
    List<LoadedTerm> terms = List.of(
        new LoadedTerm("regime", LoadedCategory.LABEL, false, 19),
        new LoadedTerm("!", LoadedCategory.EXCLAMATION, false, 25));
    assertEquals(List.of(new PtcEval.Flag(new SpanOverlap.Span(119, 125), LoadedCategory.LABEL, "regime")),
        PtcEval.termSpans(terms, 100));
  }

  @Test
  void twoDetectorsFlaggingTheSameWordsShareTheirPlace() {
    List<PtcEval.Flag> flags = PtcEval.termSpans(List.of(
        new LoadedTerm("RIDICULOUS", LoadedCategory.EMOTIVE, false, 6),
        new LoadedTerm("RIDICULOUS", LoadedCategory.ALL_CAPS, false, 6),
        new LoadedTerm("vile", LoadedCategory.EMOTIVE, false, 22)), 0);
    assertEquals(List.of(new SpanOverlap.Span(6, 16), new SpanOverlap.Span(6, 16), new SpanOverlap.Span(22, 26)),
        flags.stream().map(PtcEval.Flag::span).toList());
  }

  @Test
  void aTermWithoutAPlaceIsNotGuessed() {
    assertEquals(List.of(), PtcEval.termSpans(List.of(new LoadedTerm("vile", LoadedCategory.EMOTIVE, false)), 0));
  }

  @Test
  void goldOffsetsInCodePointsAreMovedPastAnEmoji() {
    String text = "Wow \uD83C\uDDFA\uD83C\uDDF8 the regime";
    // In code points "regime" is [11, 17); the two flag characters take two UTF-16 units each.
    assertEquals(List.of(new SpanOverlap.Span(13, 19)),
        PtcEval.inUtf16Units(text, List.of(new SpanOverlap.Span(11, 17))));
    assertEquals("regime", text.substring(13, 19));
  }

  @Test
  void onlyTheCategoriesOfTheTwoTechniquesCountInTheHeadlineScores() {
    SpanOverlap.Span word = new SpanOverlap.Span(0, 4);
    SpanOverlap.Span caps = new SpanOverlap.Span(5, 9);
    PtcEval.Scored scored = new PtcEval.Scored(List.of(word, caps), List.of(
        new PtcEval.Flag(word, LoadedCategory.EMOTIVE, "vile"),
        new PtcEval.Flag(word, LoadedCategory.ALL_CAPS, "VILE"),
        new PtcEval.Flag(caps, LoadedCategory.ALL_CAPS, "LOUD")), 0.5);
    assertEquals(List.of(word), scored.flagged(PtcEval.TECHNIQUE_CATEGORIES));
    assertEquals(List.of(word, caps), scored.flagged(PtcEval.SPAN_CATEGORIES));
  }
}
