package org.annals.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that gives at most a set number of bytes in all and, inside a stretch the reader
 * marks (a header about to be parsed), at most a set number in that stretch; and none after a
 * deadline. Past a bound a read fails with {@link TooMuch}, whose message says which bound, so
 * that an input cannot make a parser hold gigabytes or a download run forever.
 */
final class BoundedStream extends FilterInputStream {

  /** A bound was passed: what was being read and the bound. */
  static final class TooMuch extends IOException {
    TooMuch(String message) {
      super(message);
    }
  }

  private final long maxBytes;
  private final String what;
  private final long deadlineNanos;
  private final String deadlineText;
  private long read;
  private long stretchStart = -1;
  private long stretchMax;
  private String stretchWhat;
  private volatile boolean expired;

  /** At most {@code maxBytes} of {@code what} (a feed, a download); no deadline. */
  BoundedStream(InputStream in, long maxBytes, String what) {
    this(in, maxBytes, what, 0, null);
  }

  /**
   * @param deadlineNanos a {@link System#nanoTime()} after which reads fail, or 0 for none
   * @param deadlineText how the deadline is told in the error ("took longer than 120 s")
   */
  BoundedStream(InputStream in, long maxBytes, String what, long deadlineNanos, String deadlineText) {
    super(in);
    this.maxBytes = maxBytes;
    this.what = what;
    this.deadlineNanos = deadlineNanos;
    this.deadlineText = deadlineText;
  }

  /** From here on, at most {@code max} bytes until {@link #endStretch}. */
  void limitStretch(long max, String stretch) {
    stretchStart = read;
    stretchMax = max;
    stretchWhat = stretch;
  }

  void endStretch() {
    stretchStart = -1;
  }

  /** Marks the deadline as passed (by a timer that then closes the stream under a blocked read). */
  void expire() {
    expired = true;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkDeadline();
    int n;
    try {
      n = super.read(b, off, (int) Math.min(len, Math.max(1, room())));
    } catch (IOException e) {
      checkDeadline(); // a read cut off by the timer says why
      throw e;
    }
    if (n > 0) {
      read += n;
      if (read > maxBytes) {
        throw new TooMuch(what + " larger than " + maxBytes + " bytes");
      }
      if (stretchStart >= 0 && read - stretchStart > stretchMax) {
        throw new TooMuch(stretchWhat + " longer than " + stretchMax + " bytes");
      }
    }
    return n;
  }

  /** Bytes that may still be read before a bound is passed, plus one to detect the passing. */
  private long room() {
    long room = maxBytes - read + 1;
    if (stretchStart >= 0) {
      room = Math.min(room, stretchMax - (read - stretchStart) + 1);
    }
    return room;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void checkDeadline() throws TooMuch {
    if (expired || (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0)) {
      expired = true;
      throw new TooMuch(what + " " + deadlineText);
    }
  }

  /** The bound passed somewhere in a failure's causes, or null. */
  static TooMuch in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooMuch tooMuch) {
        return tooMuch;
      }
    }
    return null;
  }
}
