package dev.triangulate.scoring.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertFalse(Thread.currentThread().isInterrupted(), "the caller was left interrupted");
  }

  /** The tokenizer does not check for interrupts: such work is given up when it ends. */
  @Test
  void workThatIgnoresTheInterruptIsStillOverBudget() {
    Supplier<String> deaf = () -> {
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      return "late";
    };
    assertThrows(TimeBudget.ExceededException.class, () -> new TimeBudget(Duration.ofMillis(20)).call(deaf));
    assertFalse(Thread.currentThread().isInterrupted(), "the caller was left interrupted");
  }

  /** The caller is a runner's thread: no interrupt may reach it after the call, even one racing the end. */
  @Test
  void noInterruptOutlivesTheCall() throws InterruptedException {
    TimeBudget budget = new TimeBudget(Duration.ofNanos(300_000));
    int exceeded = 0;
    long[] spins = {20_000, 200_000, 300_000, 400_000, 10_000_000}; // both outcomes, and races between
    for (int i = 0; i < 500; i++) {
      long spin = spins[i % spins.length];
      int call = i;
      try {
        budget.call(() -> {
          long until = System.nanoTime() + spin;
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          return call;
        });
      } catch (TimeBudget.ExceededException e) {
        exceeded++;
      }
      assertFalse(Thread.currentThread().isInterrupted(), "interrupt left after call " + i);
    }
    Thread.sleep(50); // throws if a late interrupt arrived after the last call
    assertTrue(exceeded > 0 && exceeded < 500, "expected both outcomes, got " + exceeded + " of 500 over budget");
  }

  /** A cancelled job interrupts the worker too; CoreNLP consumes that interrupt, the budget hands it back. */
  @Test
  void theRunnersOwnInterruptIsKept() {
    Supplier<String> cancelledInsideCoreNlp = () -> {
      Thread.currentThread().interrupt(); // as the runner would, from another thread
      if (Thread.interrupted()) { // as CoreNLP checks
        throw new RuntimeInterruptedException();
      }
      return "not cancelled";
    };
    try {
      assertThrows(RuntimeInterruptedException.class, () -> new TimeBudget(Duration.ofMinutes(1)).call(cancelledInsideCoreNlp));
      assertTrue(Thread.currentThread().isInterrupted(), "the runner's interrupt was swallowed");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void workRunsOnTheCallersThread() {
    assertSame(Thread.currentThread(), new TimeBudget(Duration.ofMinutes(1)).call(Thread::currentThread));
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
