package org.annals.extract.event;

/** Relations between trigger lemmas that need no lexicon. */
public final class Lemmas {

  private Lemmas() {}

  /**
   * Whether two lemmas share a stem ("invade"/"invasion", "shoot"/"shooting"): a common start of
   * four letters or more, all but two of the shorter.
   */
  public static boolean sameStem(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int common = 0;
    while (common < n && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= n - 2;
  }
}
