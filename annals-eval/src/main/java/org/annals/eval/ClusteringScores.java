package org.annals.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed (Bagga and Baldwin) and pairwise precision, recall and F1 of a clustering against gold
 * clusters: {@code gold.get(i)} and {@code predicted.get(i)} are item i's cluster labels.
 */
record ClusteringScores(double b3P, double b3R, double b3F1, double pairP, double pairR, double pairF1) {

  static <G, P> ClusteringScores of(List<G> gold, List<P> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    int n = gold.size();
    Map<G, Integer> goldSize = new HashMap<>();
    Map<P, Integer> predSize = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(List.of(gold.get(i), predicted.get(i)));
      p += (double) common / predSize.get(predicted.get(i));
      r += (double) common / goldSize.get(gold.get(i));
    }
    p = n == 0 ? 0 : p / n;
    r = n == 0 ? 0 : r / n;
    long goldPairs = 0;
    long predPairs = 0;
    long commonPairs = 0;
    for (int s : goldSize.values()) {
      goldPairs += (long) s * (s - 1) / 2;
    }
    for (int s : predSize.values()) {
      predPairs += (long) s * (s - 1) / 2;
    }
    for (int s : both.values()) {
      commonPairs += (long) s * (s - 1) / 2;
    }
    double pp = predPairs == 0 ? 0 : (double) commonPairs / predPairs;
    double pr = goldPairs == 0 ? 0 : (double) commonPairs / goldPairs;
    return new ClusteringScores(p, r, f1(p, r), pp, pr, f1(pp, pr));
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
