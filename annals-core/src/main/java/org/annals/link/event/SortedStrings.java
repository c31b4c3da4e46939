package org.annals.link.event;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.annals.link.StringPool;

/**
 * A record's set of strings (its parties, places, figures, articles) as one sorted array: a
 * fifth of the memory of a hash set of the same strings, which a store's records hold by the
 * million. Read-only as a {@link java.util.Set}; {@link #with} returns the set with more added.
 */
final class SortedStrings extends AbstractSet<String> {

  static final SortedStrings EMPTY = new SortedStrings(new String[0]);

  private final String[] items;

  private SortedStrings(String[] items) {
    this.items = items;
  }

  /** The strings given, sorted and without repeats. */
  static SortedStrings of(Collection<String> strings) {
    return EMPTY.with(strings, null);
  }

  /** The strings of an array, which it takes: as they are where already sorted without repeats (as written). */
  static SortedStrings ofArray(String[] strings) {
    if (strings.length == 0) {
      return EMPTY;
    }
    for (int i = 1; i < strings.length; i++) {
      if (strings[i - 1].compareTo(strings[i]) >= 0) {
        return of(Arrays.asList(strings));
      }
    }
    return new SortedStrings(strings);
  }

  /** A view of an array its owner keeps sorted, each string once, and never changes in place. */
  static SortedStrings view(String[] sorted) {
    return sorted.length == 0 ? EMPTY : new SortedStrings(sorted);
  }

  /** This set with {@code more} added; {@code pool} (if given) supplies one copy of each new string. */
  SortedStrings with(Collection<String> more, StringPool pool) {
    if (more.isEmpty()) {
      return this;
    }
    String[] add = more.toArray(new String[0]);
    Arrays.sort(add);
    String[] out = new String[items.length + add.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < items.length || j < add.length) {
      if (j < add.length && n > 0 && add[j].equals(out[n - 1])) {
        j++; // a repeat within what is added
        continue;
      }
      int cmp = i == items.length ? 1 : j == add.length ? -1 : items[i].compareTo(add[j]);
      if (cmp <= 0) {
        out[n++] = items[i++];
        if (cmp == 0) {
          j++;
        }
      } else {
        out[n++] = pool == null ? add[j++] : pool.of(add[j++]);
      }
    }
    if (n == items.length) {
      return this;
    }
    return new SortedStrings(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /** This set with one string added. */
  SortedStrings with(String one) {
    int at = Arrays.binarySearch(items, one);
    if (at >= 0) {
      return this;
    }
    int insert = -at - 1;
    String[] out = new String[items.length + 1];
    System.arraycopy(items, 0, out, 0, insert);
    out[insert] = one;
    System.arraycopy(items, insert, out, insert + 1, items.length - insert);
    return new SortedStrings(out);
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && Arrays.binarySearch(items, s) >= 0;
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  public boolean isEmpty() {
    return items.length == 0;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < items.length;
      }

      @Override
      public String next() {
        if (next >= items.length) {
          throw new NoSuchElementException();
        }
        return items[next++];
      }
    };
  }
}
