package dev.triangulate.scoring.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The most time CoreNLP may spend on one article. The work runs on the caller's thread and a
 * watchdog interrupts that thread once the budget is spent: CoreNLP checks for that between
 * annotators and between sentences, and inside the POS tagger, the NER decoder and the parser,
 * and stops with a {@code RuntimeInterruptedException}. Only the tokenizer does not check; it is
 * linear in the text, which the reader caps at 5 MiB, so an article over budget there is given up
 * when its tokenizing ends.
 *
 * <p>The caller is a runner's worker thread, which must not be left interrupted: the watchdog may
 * interrupt it only while the work runs, and {@link #call} clears what it sent before returning.
 * An interrupt the runner itself sends (a cancelled job) is left standing.
 * Handing each article to a thread of its own instead, which the caller could stop waiting for,
 * left a core idle for a thread wake-up twice an article: about 5 of the 240 core-seconds of a
 * 2-worker run on the whole FNC-1 corpus (BENCHMARKS.md).
 */
public final class TimeBudget {
  /** One daemon thread for every budget of the JVM; a run never waits for it at exit. */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final Duration limit;

  public TimeBudget(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the NLP time budget must be positive, got " + limit);
    }
    this.limit = limit;
  }

  /** An article that used up its budget; the message is the reject reason. */
  public static final class ExceededException extends RuntimeException {
    ExceededException(Duration limit) {
      super("NLP time budget exceeded (" + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + "s" : limit.toMillis() + "ms") + ")");
    }
  }

  /**
   * Runs {@code work} on this thread and returns its result, rethrowing what it threw; throws
   * {@link ExceededException} instead, whatever the work did, once the budget was spent.
   */
  @SuppressWarnings("finally") // over budget, the work's own result or failure is what is dropped
  public <T> T call(Supplier<T> work) {
    Deadline deadline = new Deadline(Thread.currentThread());
    ScheduledFuture<?> alarm = WATCHDOG.schedule(deadline::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return work.get();
    } catch (RuntimeInterruptedException e) {
      // CoreNLP consumed an interrupt. If it was not the watchdog's (the finally tells), it was the
      // runner's own, cancelling the job: give it back, so that the runner still sees it.
      Thread.currentThread().interrupt();
      throw e;
    } finally {
      alarm.cancel(false);
      if (deadline.end()) {
        throw new ExceededException(limit);
      }
    }
  }

  /** Whether the watchdog has interrupted the work's thread; it can do so only before {@link #end}. */
  private static final class Deadline {
    private static final int RUNNING = 0;
    private static final int INTERRUPTING = 1;
    private static final int INTERRUPTED = 2;
    private static final int ENDED = 3;

    private final Thread worker;
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    Deadline(Thread worker) {
      this.worker = worker;
    }

    void expire() {
      if (state.compareAndSet(RUNNING, INTERRUPTING)) {
        worker.interrupt();
        state.set(INTERRUPTED);
      }
    }

    /** Called once, on the worker: true when the budget ran out, its interrupt then cleared. */
    boolean end() {
      if (state.compareAndSet(RUNNING, ENDED)) {
        return false;
      }
      while (state.get() == INTERRUPTING) {
        Thread.onSpinWait(); // the watchdog is between deciding and interrupting: nanoseconds
      }
      Thread.interrupted();
      return true;
    }
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor watchdog =
        new ScheduledThreadPoolExecutor(
            1,
            alarm -> {
              Thread t = new Thread(alarm, "nlp-time-budget");
              t.setDaemon(true);
              return t;
            });
    // Nearly every alarm is cancelled; a minute-long queue of them would otherwise pile up.
    watchdog.setRemoveOnCancelPolicy(true);
    return watchdog;
  }
}
