package org.annals.link;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a linker's state for {@link LinkerSnapshot}: variable-length integers, each distinct
 * string once (later occurrences by number), dates as epoch days, all gzipped. Read back by
 * {@link SnapshotIn} in the same order.
 */
public final class SnapshotOut {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final DataOutputStream out;
  private final Map<String, Integer> strings = new HashMap<>();

  public SnapshotOut() {
    try {
      // buffered: the deflater is slow to call a byte at a time
      out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(bytes, 1 << 16) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      }, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A non-negative count or number. */
  public void count(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative count " + n);
    }
    varint(n);
  }

  /** Any int, zigzag-encoded so that small negatives stay short. */
  public void integer(int n) {
    varint((n << 1) ^ (n >> 31));
  }

  /** The 32 bits of {@code bits} as unsigned, seven at a time. */
  private void varint(int bits) {
    try {
      while ((bits & ~0x7F) != 0) {
        out.write((bits & 0x7F) | 0x80);
        bits >>>= 7;
      }
      out.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void real(double d) {
    try {
      out.writeDouble(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void flag(boolean b) {
    count(b ? 1 : 0);
  }

  /** A string or null: 0 is null, 1 a new string (its UTF-8 bytes follow), n + 2 the n-th string written. */
  public void string(String s) {
    if (s == null) {
      count(0);
      return;
    }
    Integer known = strings.get(s);
    if (known != null) {
      count(known + 2);
      return;
    }
    strings.put(s, strings.size());
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    count(1);
    count(utf8.length);
    try {
      out.write(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A date or null. */
  public void date(LocalDate d) {
    flag(d != null);
    if (d != null) {
      try {
        out.writeLong(d.toEpochDay());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The strings in iteration order, after their number. */
  public void strings(Collection<String> c) {
    count(c.size());
    for (String s : c) {
      string(s);
    }
  }

  /**
   * The strings sorted: for a set only looked up, whose iteration order (a {@code HashSet}'s
   * depends on how it grew) the linker never reads.
   */
  public void sortedStrings(Collection<String> c) {
    strings(c.stream().sorted().toList());
  }

  /** A string-to-count map only looked up, sorted by key (as {@link #sortedStrings}). */
  public void sortedCounts(Map<String, Integer> m) {
    counts(new java.util.TreeMap<>(m));
  }

  /** The keys of a map only looked up, sorted. */
  public static <V> java.util.List<Map.Entry<String, V>> sorted(Map<String, V> m) {
    return m.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  /** A string-to-count map in iteration order. */
  public void counts(Map<String, Integer> m) {
    map(m, this::integer);
  }

  /** A string-to-weight map in iteration order. */
  public void weights(Map<String, Double> m) {
    map(m, this::real);
  }

  private <V> void map(Map<String, V> m, java.util.function.Consumer<V> value) {
    count(m.size());
    for (Map.Entry<String, V> e : m.entrySet()) {
      string(e.getKey());
      value.accept(e.getValue());
    }
  }

  public byte[] finish() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
