package dev.triangulate.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.scoring.language.LoadedCategory;
import dev.triangulate.scoring.language.LoadedTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtcEvalTest {

  @Test
  void aWordUsedTwiceIsPlacedTwiceAndSentenceSignalsAreLeftOut() {
    String sentence = "The regime, the regime again!";
    List<LoadedTerm> terms = List.of(
        new LoadedTerm("regime", LoadedCategory.LABEL, false),
        new LoadedTerm("regime", LoadedCategory.LABEL, false),
        new LoadedTerm("!", LoadedCategory.EXCLAMATION, false));
    List<PtcEval.Flag> flags = PtcEval.termSpans(sentence, terms);
    assertEquals(List.of(
        new PtcEval.Flag(new SpanOverlap.Span(4, 10), LoadedCategory.LABEL, "regime"),
        new PtcEval.Flag(new SpanOverlap.Span(16, 22), LoadedCategory.LABEL, "regime")), flags);
  }

  @Test
  void twoDetectorsFlaggingTheSameWordsShareTheirPlace() {
    String sentence = "It is RIDICULOUS, and vile.";
    List<PtcEval.Flag> flags = PtcEval.termSpans(sentence, List.of(
        new LoadedTerm("RIDICULOUS", LoadedCategory.EMOTIVE, false),
        new LoadedTerm("RIDICULOUS", LoadedCategory.ALL_CAPS, false),
        new LoadedTerm("vile", LoadedCategory.EMOTIVE, false)));
    assertEquals(List.of(new SpanOverlap.Span(6, 16), new SpanOverlap.Span(6, 16), new SpanOverlap.Span(22, 26)),
        flags.stream().map(PtcEval.Flag::span).toList());
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
