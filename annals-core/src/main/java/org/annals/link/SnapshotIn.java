package org.annals.link;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
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

  private final DataInputStream in;
  private final List<String> strings = new ArrayList<>();

  public SnapshotIn(byte[] gzipped) {
    try {
      in = new DataInputStream(new java.io.BufferedInputStream(
          new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try {
      int out = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = in.readUnsignedByte();
        out |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return out;
        }
      }
      throw new IllegalStateException("corrupt snapshot: integer too long");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public double real() {
    try {
      return in.readDouble();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try {
      byte[] utf8 = new byte[count()];
      in.readFully(utf8);
      String s = new String(utf8, StandardCharsets.UTF_8);
      strings.add(s);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A date or null; one object for each day read (a snapshot holds a few hundred days many times). */
  public LocalDate date() {
    if (!flag()) {
      return null;
    }
    try {
      return dates.computeIfAbsent(in.readLong(), LocalDate::ofEpochDay);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Map<Long, LocalDate> dates = new java.util.HashMap<>();

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
    try {
      return in.read() < 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
