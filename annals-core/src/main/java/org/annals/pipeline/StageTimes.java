package org.annals.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of extraction, wall time per worker thread summed over every thread
 * since the last {@link #reset} (so it counts waits for a core the JIT compiler holds): where
 * extraction's time goes ({@code annals bench}). Thread-safe; one {@code System.nanoTime()} per
 * stage per article, so it is always on.
 */
public final class StageTimes {

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  /** Stages in the order first timed: the pipeline's order. */
  private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();

  /** Adds the time since {@code startNanos} to the stage and returns now, the next stage's start. */
  public long lap(String stage, long startNanos) {
    long now = System.nanoTime();
    nanos.computeIfAbsent(stage, s -> {
      order.add(s);
      return new LongAdder();
    }).add(now - startNanos);
    return now;
  }

  /** Seconds per stage, in pipeline order. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String s : order) {
      out.put(s, nanos.get(s).sum() / 1e9);
    }
    return out;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}
