package org.annals.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A time bound on one article's extraction: past it, the working thread is interrupted, CoreNLP
 * stops at its next annotator and Annals at its next stage ({@link #checkpoint}), and the article
 * is reported as too slow while the batch goes on.
 */
public final class TimeBudget {

  /** The default bound per article: a 1,000,000-character article takes about a minute here. */
  public static final Duration DEFAULT = Duration.ofSeconds(120);

  /** The article took longer than its budget. */
  public static final class TooSlow extends RuntimeException {
    TooSlow(Duration budget) {
      super("extraction took longer than " + (budget.toMillis() < 1000 ? budget.toMillis() + " ms"
          : budget.toSeconds() + " s") + " and was stopped (the bound is "
          + "--article-seconds; --max-chars keeps such articles out)");
    }
  }

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "annals-article-budget");
    t.setDaemon(true);
    return t;
  });

  private TimeBudget() {}

  /** Runs {@code work} on this thread within {@code budget}; throws {@link TooSlow} past it. */
  public static <T> T run(Duration budget, Supplier<T> work) {
    Thread worker = Thread.currentThread();
    Object lock = new Object();
    boolean[] state = new boolean[2]; // done, fired
    ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
      synchronized (lock) {
        if (!state[0]) {
          state[1] = true;
          worker.interrupt();
        }
      }
    }, budget.toNanos(), TimeUnit.NANOSECONDS);
    try {
      T result = work.get();
      synchronized (lock) {
        if (state[1]) {
          throw new TooSlow(budget);
        }
      }
      return result;
    } catch (RuntimeException e) {
      synchronized (lock) {
        if (state[1]) {
          throw new TooSlow(budget);
        }
      }
      throw e;
    } finally {
      synchronized (lock) {
        state[0] = true;
        alarm.cancel(false);
        if (state[1]) {
          Thread.interrupted(); // the interrupt was for this article only
        }
      }
    }
  }

  /** Stops the work of an interrupted thread here: between stages, and in long loops. */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("interrupted: the article's time budget ran out");
    }
  }
}
