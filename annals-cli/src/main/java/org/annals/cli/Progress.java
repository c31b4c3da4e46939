package org.annals.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for long runs: articles done, failures, rate and, where the total is
 * known, percent and ETA. Redrawn in place on a terminal; a plain line every 10 s otherwise.
 */
final class Progress {

  private final PrintStream err;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long done;
  private long failed;

  Progress(PrintStream err, String label, long total, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = System.console() != null;
    this.enabled = enabled;
  }

  void step(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    long now = System.nanoTime();
    long interval = terminal ? 200_000_000L : 10_000_000_000L;
    if (enabled && now - lastDraw >= interval) {
      lastDraw = now;
      draw(false);
    }
  }

  void finish() {
    if (enabled) {
      draw(true);
    }
  }

  private void draw(boolean last) {
    double secs = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / secs;
    StringBuilder sb = new StringBuilder();
    sb.append(label).append(": ").append(done);
    if (total > 0) {
      sb.append('/').append(total).append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total));
    }
    sb.append(" articles");
    if (failed > 0) {
      sb.append(", ").append(failed).append(" failed");
    }
    sb.append(String.format(Locale.ROOT, ", %.1f articles/s, %s elapsed", rate, duration(secs)));
    if (total > 0 && !last && rate > 0) {
      sb.append(", ETA ").append(duration((total - done) / rate));
    }
    if (terminal) {
      err.print("\r" + sb + "   ");
      if (last) {
        err.println();
      }
    } else {
      err.println(sb);
    }
    err.flush();
  }

  private static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
