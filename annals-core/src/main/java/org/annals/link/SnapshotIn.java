package org.annals.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/** Reads what {@link SnapshotOut} wrote, in the order it was written. */
public final class SnapshotIn {

  private final InputStream in;
  /** Bytes inflated and not yet read: a buffer of this class's own, read a byte at a time without locks. */
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private final List<String> strings = new ArrayList<>();

  public SnapshotIn(byte[] gzipped) {
    try {
      in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next byte, 0-255; -1 at the end. */
  private int read() {
    return pos < limit || fill() ? buf[pos++] & 0xFF : -1;
  }

  /** Inflates more bytes into the empty buffer; false at the end. */
  private boolean fill() {
    try {
      int n = in.read(buf, 0, buf.length);
      pos = 0;
      limit = Math.max(0, n);
      return n > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int readByte() {
    int b = read();
    if (b < 0) {
      throw new IllegalStateException("corrupt snapshot: it ends too soon");
    }
    return b;
  }

  private void readFully(byte[] out) {
    int done = 0;
    while (done < out.length) {
      if (pos == limit && !fill()) {
        throw new IllegalStateException("corrupt snapshot: it ends too soon");
      }
      int n = Math.min(out.length - done, limit - pos);
      System.arraycopy(buf, pos, out, done, n);
      pos += n;
      done += n;
    }
  }

  private long readLong() {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | readByte();
    }
    return v;
  }

  public int count() {
    int n = varint();
    if (n < 0) {
      throw new IllegalStateException("corrupt snapshot: negative count");
    }
    return n;
  }

  public int integer() {
    int z = varint();
    return (z >>> 1) ^ -(z & 1);
  }

  private int varint() {
    int out = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      out |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return out;
      }
    }
    throw new IllegalStateException("corrupt snapshot: integer too long");
  }

  public double real() {
    return Double.longBitsToDouble(readLong());
  }

  public boolean flag() {
    return count() != 0;
  }

  public String string() {
    int code = count();
    if (code == 0) {
      return null;
    }
    if (code >= 2) {
      return strings.get(code - 2);
    }
    byte[] utf8 = new byte[count()];
    readFully(utf8);
    String s = new String(utf8, StandardCharsets.UTF_8);
    strings.add(s);
    return s;
  }

  /** A date or null; one object for each day read (a snapshot holds a few hundred days many times). */
  public LocalDate date() {
    if (!flag()) {
      return null;
    }
    return dates.computeIfAbsent(readLong(), LocalDate::ofEpochDay);
  }

  private final Map<Long, LocalDate> dates = new java.util.HashMap<>();

  /** Strings as {@link SnapshotOut#strings} wrote them, in an array (the shared empty one for none). */
  public String[] stringArray() {
    int n = count();
    if (n == 0) {
      return NO_STRINGS;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = string();
    }
    return out;
  }

  private static final String[] NO_STRINGS = new String[0];

  /** Strings added, in the order written, to the collection {@code make} gives. */
  public <C extends Collection<String>> C strings(Supplier<C> make) {
    int n = count();
    C out = make.get();
    for (int i = 0; i < n; i++) {
      out.add(string());
    }
    return out;
  }

  /** A string-to-count map, put in the order written into the map {@code make} gives. */
  public <M extends Map<String, Integer>> M counts(Supplier<M> make) {
    return map(make, this::integer);
  }

  /** A string-to-weight map, as {@link #counts}. */
  public <M extends Map<String, Double>> M weights(Supplier<M> make) {
    return map(make, this::real);
  }

  private <V, M extends Map<String, V>> M map(Supplier<M> make, Supplier<V> value) {
    int n = count();
    M out = make.get();
    for (int i = 0; i < n; i++) {
      out.put(string(), value.get());
    }
    return out;
  }

  /** Whether every byte was read: a snapshot with bytes left over is not one this build wrote. */
  public boolean atEnd() {
    return read() < 0;
  }
}
