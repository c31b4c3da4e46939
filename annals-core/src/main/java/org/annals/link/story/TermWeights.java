package org.annals.link.story;

import java.util.Arrays;
import java.util.List;

/**
 * A report's term weights as arrays, in the order its terms first occurred (sums over them come
 * out in that order, bit for bit as over the linked hash map they replace), with a sorted index
 * for lookup: a third of the map's memory, and stories keep them for every first and recent
 * report.
 */
final class TermWeights {

  static final TermWeights EMPTY = new TermWeights(new String[0], new double[0]);

  private final String[] terms;
  private final double[] weights;
  /** Positions of the terms in sorted order of the terms; made on the first lookup. */
  private int[] sorted;

  /** Takes the arrays as they are: terms in the order told, each once, and their weights. */
  TermWeights(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  private int[] sorted() {
    int[] s = sorted;
    if (s == null) {
      Integer[] order = new Integer[terms.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
      s = new int[terms.length];
      for (int i = 0; i < order.length; i++) {
        s[i] = order[i];
      }
      sorted = s;
    }
    return s;
  }

  int size() {
    return terms.length;
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  String term(int i) {
    return terms[i];
  }

  double weight(int i) {
    return weights[i];
  }

  /** The term's weight, or NaN where the report does not hold it. */
  double get(String term) {
    int[] sorted = sorted();
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = terms[sorted[mid]].compareTo(term);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return weights[sorted[mid]];
      }
    }
    return Double.NaN;
  }

  /** The terms, in their order. */
  List<String> terms() {
    return List.of(terms);
  }
}
