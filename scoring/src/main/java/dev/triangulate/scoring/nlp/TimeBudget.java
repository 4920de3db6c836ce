package dev.triangulate.scoring.nlp;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The most time CoreNLP may spend on one article. The work runs on a pool thread rather than the
 * caller's, so that the caller (a runner's worker thread, which must never be interrupted) can give
 * up on time and carry on. The pool thread is then interrupted: CoreNLP checks for that between
 * annotators and between sentences, and inside the POS tagger, the NER decoder and the parser,
 * and stops with a {@code RuntimeInterruptedException}. Only the tokenizer does not check, and it
 * is linear in the text, which the reader caps at 5 MiB.
 */
public final class TimeBudget {
  /**
   * Unbounded on purpose: one thread per caller in flight, plus the rare one still finishing an
   * interrupted tokenizer. Daemon threads, so a run never waits at exit for one of those.
   */
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          work -> {
            Thread t = new Thread(work, "nlp-time-budget");
            t.setDaemon(true);
            return t;
          });

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
   * Runs {@code work} and returns its result when it has finished, rethrowing what it threw, or
   * throws {@link ExceededException} once the budget is spent, after interrupting it.
   */
  public <T> T call(Supplier<T> work) {
    Future<T> running = POOL.submit(work::get);
    try {
      return running.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new ExceededException(limit);
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for CoreNLP", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) e.getCause();
    }
  }
}
