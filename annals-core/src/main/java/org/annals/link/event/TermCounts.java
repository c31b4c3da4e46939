package org.annals.link.event;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.annals.link.SnapshotIn;
import org.annals.link.SnapshotOut;
import org.annals.link.StringPool;

/**
 * A record's context terms and their counts, kept sorted in two arrays: a tenth of the memory of
 * a hash map of the same terms (a store's records hold millions), read in one order whatever the
 * history that filled it, so that sums over it and a snapshot of it come out the same.
 */
final class TermCounts {

  private static final String[] NO_TERMS = new String[0];
  private static final int[] NO_COUNTS = new int[0];

  private String[] terms = NO_TERMS;
  private int[] counts = NO_COUNTS;

  int size() {
    return terms.length;
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  /** The term's count, or 0. */
  int get(String term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? counts[i] : 0;
  }

  /** Adds the counts of {@code more} to those kept; {@code pool} gives one copy of each new term. */
  void addAll(Map<String, Integer> more, StringPool pool) {
    if (more.isEmpty()) {
      return;
    }
    String[] add = more.keySet().toArray(NO_TERMS);
    Arrays.sort(add);
    String[] t = new String[terms.length + add.length];
    int[] c = new int[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < add.length) {
      int cmp = i == terms.length ? 1 : j == add.length ? -1 : terms[i].compareTo(add[j]);
      if (cmp < 0) {
        t[n] = terms[i];
        c[n++] = counts[i++];
      } else if (cmp > 0) {
        t[n] = pool.of(add[j]);
        c[n++] = more.get(add[j++]);
      } else {
        t[n] = terms[i];
        c[n++] = counts[i++] + more.get(add[j++]);
      }
    }
    terms = n == t.length ? t : Arrays.copyOf(t, n);
    counts = n == c.length ? c : Arrays.copyOf(c, n);
  }

  /** Writes the terms, in their order, and their counts. */
  void save(SnapshotOut out) {
    out.count(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.string(terms[i]);
      out.integer(counts[i]);
    }
  }

  /** Takes what {@link #save} wrote, already in order, into these counts, which must be empty. */
  void load(SnapshotIn in) {
    if (!isEmpty()) {
      throw new IllegalStateException("load into counts that hold terms");
    }
    int n = in.count();
    String[] t = new String[n];
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = in.string();
      c[i] = in.integer();
      if (i > 0 && t[i - 1].compareTo(t[i]) >= 0) {
        throw new IllegalStateException("terms out of order: " + t[i - 1] + ", " + t[i]);
      }
    }
    terms = n == 0 ? NO_TERMS : t;
    counts = n == 0 ? NO_COUNTS : c;
  }

  /** The terms, in their order, as a set (a view: the arrays are replaced, never changed, as counts are added). */
  java.util.Set<String> terms() {
    return SortedStrings.view(terms);
  }

  /**
   * Takes terms and counts written in any order (by {@link #save}, or as a map in the order told by
   * earlier builds) into these counts, which must be empty.
   */
  void loadAnyOrder(SnapshotIn in, StringPool pool) {
    int n = in.count();
    if (n == 0) {
      return;
    }
    String[] t = new String[n];
    int[] c = new int[n];
    boolean ordered = true;
    for (int i = 0; i < n; i++) {
      t[i] = in.string();
      c[i] = in.integer();
      ordered &= i == 0 || t[i - 1].compareTo(t[i]) < 0;
    }
    if (ordered && isEmpty()) {
      terms = t;
      counts = c;
      return;
    }
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      m.merge(t[i], c[i], Integer::sum);
    }
    addAll(m, pool);
  }

  /** Each term and its count, in the terms' order. */
  void forEach(ObjIntConsumer<String> each) {
    for (int i = 0; i < terms.length; i++) {
      each.accept(terms[i], counts[i]);
    }
  }
}
