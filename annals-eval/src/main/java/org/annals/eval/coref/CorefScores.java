package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MUC, B³ and CEAF-e with the semantics of the reference coreference scorer v8.01 (Pradhan et al.
 * 2014): mentions are matched by identity (here, exact span), key and response may hold different
 * mentions, singletons count in B³ and CEAF-e (and add nothing to MUC), and each metric sums its
 * numerators and denominators over the documents added before dividing. A key mention the
 * response lacks is a singleton partition in MUC and scores zero in B³; a response mention not in
 * the key likewise lowers precision.
 *
 * @param <M> a mention's identity (equals and hashCode by span)
 */
public final class CorefScores<M> {

  /** Recall and precision numerators and denominators of one metric. */
  public static final class Tally {
    double recallNum;
    double recallDen;
    double precisionNum;
    double precisionDen;

    public double recall() {
      return recallDen == 0 ? 0 : recallNum / recallDen;
    }

    public double precision() {
      return precisionDen == 0 ? 0 : precisionNum / precisionDen;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Tally muc = new Tally();
  private final Tally bcub = new Tally();
  private final Tally ceafe = new Tally();

  public Tally muc() {
    return muc;
  }

  public Tally bcub() {
    return bcub;
  }

  public Tally ceafe() {
    return ceafe;
  }

  /** The CoNLL score: the mean of the MUC, B³ and CEAF-e F1. */
  public double conll() {
    return (muc.f1() + bcub.f1() + ceafe.f1()) / 3;
  }

  /** Scores one document (or one cross-document corpus) given as clusters of mentions. */
  public void add(Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    List<Set<M>> k = sets(key);
    List<Set<M>> r = sets(response);
    Map<M, Integer> keyOf = index(k);
    Map<M, Integer> responseOf = index(r);
    addMuc(k, responseOf, true);
    addMuc(r, keyOf, false);
    addBcub(k, r, responseOf, true);
    addBcub(r, k, keyOf, false);
    double sim = CeafAlignment.bestSimilarity(k, r, responseOf);
    ceafe.recallNum += sim;
    ceafe.recallDen += k.size();
    ceafe.precisionNum += sim;
    ceafe.precisionDen += r.size();
  }

  private static <M> List<Set<M>> sets(Collection<? extends Collection<M>> clusters) {
    List<Set<M>> out = new ArrayList<>();
    for (Collection<M> c : clusters) {
      if (!c.isEmpty()) {
        out.add(new HashSet<>(c));
      }
    }
    return out;
  }

  private static <M> Map<M, Integer> index(List<Set<M>> clusters) {
    Map<M, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (M m : clusters.get(i)) {
        out.put(m, i);
      }
    }
    return out;
  }

  /** Vilain et al.: each chain's size minus the partitions the other side cuts it into. */
  private void addMuc(List<Set<M>> chains, Map<M, Integer> otherOf, boolean recall) {
    double num = 0;
    double den = 0;
    for (Set<M> c : chains) {
      Set<Integer> parts = new HashSet<>();
      int unmatched = 0;
      for (M m : c) {
        Integer o = otherOf.get(m);
        if (o == null) {
          unmatched++; // a mention the other side lacks is a partition of its own
        } else {
          parts.add(o);
        }
      }
      num += c.size() - (parts.size() + unmatched);
      den += c.size() - 1;
    }
    if (recall) {
      muc.recallNum += num;
      muc.recallDen += den;
    } else {
      muc.precisionNum += num;
      muc.precisionDen += den;
    }
  }

  /** Bagga and Baldwin, per mention: the share of its chain the other side puts with it. */
  private void addBcub(List<Set<M>> chains, List<Set<M>> other, Map<M, Integer> otherOf, boolean recall) {
    double num = 0;
    double den = 0;
    for (Set<M> c : chains) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : c) {
        Integer o = otherOf.get(m);
        if (o != null) {
          overlap.merge(o, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        num += (double) n * n / c.size();
      }
      den += c.size();
    }
    if (recall) {
      bcub.recallNum += num;
      bcub.recallDen += den;
    } else {
      bcub.precisionNum += num;
      bcub.precisionDen += den;
    }
  }
}
