package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  @Test
  void workOverBudgetIsInterruptedAndReported() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Runnable hangs = () -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
    };
    TimeBudget.ExceededException e =
        assertThrows(TimeBudget.ExceededException.class, () -> new TimeBudget(Duration.ofMillis(50)).run(hangs));
    assertEquals("NLP time budget exceeded (50ms)", e.getMessage());
    assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the work was never interrupted");
  }

  @Test
  void workWithinBudgetFinishesAndItsFailuresPassThrough() {
    TimeBudget budget = new TimeBudget(Duration.ofMinutes(1));
    AtomicBoolean ran = new AtomicBoolean();
    budget.run(() -> ran.set(true));
    assertTrue(ran.get());
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> budget.run(() -> { throw boom; })));
  }

  /** What makes the budget stop CoreNLP rather than just stop waiting for it. */
  @Test
  void coreNlpStopsWhenItsThreadIsInterrupted() {
    CoreDocument doc = new CoreDocument("The Taliban took power in Afghanistan.");
    Thread.currentThread().interrupt();
    try {
      assertThrows(RuntimeInterruptedException.class, () -> NlpPipeline.get().annotate(doc));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void budgetMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new TimeBudget(Duration.ZERO));
  }
}
