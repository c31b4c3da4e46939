package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The best one-to-one alignment of key and response chains under CEAF's entity similarity
 * φ4(K, R) = 2|K ∩ R| / (|K| + |R|) (Luo 2005). Chains that share no mention score zero together,
 * so the alignment splits into the connected components of the overlap graph, each solved exactly
 * with the Hungarian method; a corpus of thousands of chains stays fast.
 */
final class CeafAlignment {

  private CeafAlignment() {}

  static <M> double bestSimilarity(List<Set<M>> key, List<Set<M>> response, Map<M, Integer> responseOf) {
    int nk = key.size();
    int n = nk + response.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Map<Integer, Integer>> overlaps = new ArrayList<>();
    for (int i = 0; i < nk; i++) {
      Map<Integer, Integer> o = new HashMap<>();
      for (M m : key.get(i)) {
        Integer r = responseOf.get(m);
        if (r != null) {
          o.merge(r, 1, Integer::sum);
          union(parent, i, nk + r);
        }
      }
      overlaps.add(o);
    }
    Map<Integer, List<Integer>> keysByComponent = new HashMap<>();
    Map<Integer, List<Integer>> responsesByComponent = new HashMap<>();
    for (int i = 0; i < nk; i++) {
      if (!overlaps.get(i).isEmpty()) {
        keysByComponent.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
      }
    }
    for (int j = 0; j < response.size(); j++) {
      responsesByComponent.computeIfAbsent(find(parent, nk + j), x -> new ArrayList<>()).add(j);
    }
    double total = 0;
    for (Map.Entry<Integer, List<Integer>> e : keysByComponent.entrySet()) {
      List<Integer> ks = e.getValue();
      List<Integer> rs = responsesByComponent.get(e.getKey());
      double[][] sim = new double[ks.size()][rs.size()];
      for (int a = 0; a < ks.size(); a++) {
        Map<Integer, Integer> o = overlaps.get(ks.get(a));
        for (int b = 0; b < rs.size(); b++) {
          Integer common = o.get(rs.get(b));
          if (common != null) {
            sim[a][b] = 2.0 * common / (key.get(ks.get(a)).size() + response.get(rs.get(b)).size());
          }
        }
      }
      total += maxAssignment(sim);
    }
    return total;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** The maximum total weight of a one-to-one assignment of rows to columns (Hungarian method). */
  static double maxAssignment(double[][] weight) {
    int rows = weight.length;
    int cols = rows == 0 ? 0 : weight[0].length;
    int n = Math.max(rows, cols);
    if (n == 0) {
      return 0;
    }
    double max = 0;
    for (double[] row : weight) {
      for (double w : row) {
        max = Math.max(max, w);
      }
    }
    // Minimise cost = max - weight over a square matrix (missing cells weigh 0).
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
        cost[i][j] = max - w;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += weight[i - 1][j - 1];
      }
    }
    return total;
  }
}
