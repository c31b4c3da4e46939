package org.annals.eval;

/** Precision, recall and F1 from counts; zero where undefined. */
final class Prf {

  private Prf() {}

  static double precision(int correct, int predicted) {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  static double recall(int correct, int gold) {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  static double f1(int correct, int predicted, int gold) {
    double p = precision(correct, predicted);
    double r = recall(correct, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
