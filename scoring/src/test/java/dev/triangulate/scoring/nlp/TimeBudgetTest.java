package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  @Test
  void workOverBudgetIsInterruptedAndReported() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Supplier<Boolean> hangs = () -> {
      try {
        return never.await(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        interrupted.countDown();
        return false;
      }
    };
    TimeBudget.ExceededException e =
        assertThrows(TimeBudget.ExceededException.class, () -> new TimeBudget(Duration.ofMillis(50)).call(hangs));
    assertEquals("NLP time budget exceeded (50ms)", e.getMessage());
    assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the work was never interrupted");
  }

  @Test
  void workWithinBudgetFinishesAndItsFailuresPassThrough() {
    TimeBudget budget = new TimeBudget(Duration.ofMinutes(1));
    assertEquals("done", budget.call(() -> "done"));
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> budget.call(() -> { throw boom; })));
  }

  /** What makes the budget stop CoreNLP rather than just stop waiting for it. */
  @Test
  void coreNlpStopsWhenItsThreadIsInterrupted() {
    NlpPipeline nlp = NlpPipeline.shared();
    Thread.currentThread().interrupt();
    try {
      assertThrows(RuntimeInterruptedException.class, () -> nlp.annotate("The Taliban took power in Afghanistan."));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void budgetMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new TimeBudget(Duration.ZERO));
  }
}
