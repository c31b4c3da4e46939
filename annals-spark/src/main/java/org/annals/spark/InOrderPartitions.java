package org.annals.spark;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;

/**
 * The elements of an RDD in partition order, each partition computed by a Spark job of its own as
 * soon as a slot is free: at most {@code window} partitions are being computed or wait to be
 * consumed, so that the driver consumes partition i (links it) while the executors compute the
 * partitions after it, and holds no more than {@code window} partitions at once.
 */
final class InOrderPartitions<T> implements Iterator<T>, AutoCloseable {

  private final JavaRDD<T> rdd;
  private final int count;
  private final ExecutorService jobs;
  private final ArrayDeque<Future<List<T>>> pending = new ArrayDeque<>();
  private int submitted;
  private Iterator<T> current = Collections.emptyIterator();
  private long waitNanos;

  InOrderPartitions(JavaRDD<T> rdd, int window) {
    this.rdd = rdd;
    this.count = rdd.getNumPartitions();
    this.jobs = Executors.newFixedThreadPool(window, r -> {
      Thread t = new Thread(r, "annals-spark-partition");
      t.setDaemon(true);
      return t;
    });
    while (submitted < Math.min(window, count)) {
      submitNext();
    }
  }

  private void submitNext() {
    int partition = submitted++;
    pending.add(jobs.submit(() -> rdd.collectPartitions(new int[] {partition})[0]));
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !pending.isEmpty()) {
      long start = System.nanoTime();
      try {
        current = pending.poll().get().iterator();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the executors", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } finally {
        waitNanos += System.nanoTime() - start;
      }
      if (submitted < count) {
        submitNext();
      }
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Seconds the consumer has waited for partitions to be computed. */
  double waitSeconds() {
    return waitNanos / 1e9;
  }

  /** Stops the jobs not yet consumed (the consumer failed); nothing to stop once all are consumed. */
  @Override
  public void close() {
    jobs.shutdownNow();
    if (!pending.isEmpty()) {
      rdd.context().cancelAllJobs();
    }
  }
}
