package org.annals.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on N threads and hands the results on in input order,
 * holding at most a few results per thread in memory. Output is the same whatever the thread count.
 */
public final class OrderedParallel {

  private OrderedParallel() {}

  /**
   * @param work must not throw: turn failures into results
   */
  public static <I, O> void run(Iterator<I> inputs, Function<I, O> work, int threads, Consumer<O> sink) {
    if (threads <= 1) {
      while (inputs.hasNext()) {
        sink.accept(work.apply(inputs.next()));
      }
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "annals-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    int window = threads * 4;
    try {
      while (inputs.hasNext()) {
        I input = inputs.next();
        inFlight.add(pool.submit(() -> work.apply(input)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
