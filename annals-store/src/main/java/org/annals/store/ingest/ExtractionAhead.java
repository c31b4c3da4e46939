package org.annals.store.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.annals.ingest.ArticleInput;
import org.annals.pipeline.OrderedParallel;

/**
 * Extraction run ahead of the store, on a thread of its own: while another writer holds the
 * store's lock, a waiting ingest extracts its inputs (extraction needs no store) and links and
 * stores them, in input order, once the lock is its own ({@link Ingest#link}). At most
 * {@code capacity} extracted inputs wait in memory; extraction pauses when they are not taken.
 */
public final class ExtractionAhead implements Iterator<Extracted>, AutoCloseable {

  /** The end of the inputs, or why extraction stopped. */
  private record End(Throwable failure) {}

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private Object next;

  private ExtractionAhead(int capacity, Iterator<ArticleInput> inputs, Function<ArticleInput, Extracted> extract,
      int threads) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(() -> {
      Throwable failure = null;
      try {
        OrderedParallel.run(inputs, extract, threads, this::put);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      if (!Thread.currentThread().isInterrupted()) {
        put(new End(failure));
      }
    }, "annals-extraction-ahead");
    this.thread.setDaemon(true);
  }

  /** Starts extracting {@code inputs} with {@code extract} ({@link IngestExtraction#extract}) on {@code threads} threads. */
  public static ExtractionAhead start(Iterator<ArticleInput> inputs, Function<ArticleInput, Extracted> extract,
      int threads, int capacity) {
    ExtractionAhead ahead = new ExtractionAhead(Math.max(1, capacity), inputs, extract, threads);
    ahead.thread.start();
    return ahead;
  }

  private void put(Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("extraction ahead of the store was stopped", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for an extraction", e);
      }
    }
    if (next instanceof End end) {
      if (end.failure() instanceof RuntimeException r) {
        throw r;
      }
      if (end.failure() instanceof Error err) {
        throw err;
      }
      return false;
    }
    return true;
  }

  @Override
  public Extracted next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Extracted e = (Extracted) next;
    next = null;
    return e;
  }

  /** Stops extracting (where the store could not be opened) and waits for the thread to end. */
  @Override
  public void close() {
    thread.interrupt();
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
