package org.annals.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Where a clause starts and ends, approximately, without a parser: at semicolons, dashes and
 * subordinating words ("when", "after", "while", "if", …). Argument and status rules look for
 * their words inside the trigger's clause so that "X attacked Y after Z met W" keeps X with the
 * attack and Z with the meeting.
 */
final class ClauseBounds {

  private static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "before", "because",
      "although", "though", "whereas", "if", "unless", "until", "since", "whether", "but", "unlike", "once");
  private static final Set<String> BREAKS = Set.of(";", ":", "--", "—", "–");

  private ClauseBounds() {}

  /** True where token {@code k} begins a new clause (the boundary itself belongs to neither side). */
  static boolean isBoundary(List<Token> toks, int k) {
    Token t = toks.get(k);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (BREAKS.contains(w)) {
      return true;
    }
    if (w.equals("as") && t.pos().equals("IN")) {
      // "as Rubio and Lavrov met", not "as well as" or "such as"
      String next = k + 1 < toks.size() ? toks.get(k + 1).word().toLowerCase(Locale.ROOT) : "";
      String prev = k > 0 ? toks.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
      return !next.equals("well") && !next.equals("part") && !next.equals("many") && !next.equals("much")
          && !prev.equals("such") && !prev.equals("well") && !prev.equals("as") && !prev.equals("same");
    }
    if (w.equals("ahead") && k + 1 < toks.size() && toks.get(k + 1).word().equalsIgnoreCase("of")) {
      return true;
    }
    // "… the horrific events in Ukraine and I have spoken to …": a new subject, a new clause
    if ((w.equals("and") || w.equals("but")) && k + 1 < toks.size() && toks.get(k + 1).pos().equals("PRP")) {
      return true;
    }
    return SUBORDINATORS.contains(w) && (t.pos().equals("IN") || t.pos().equals("WRB") || t.pos().equals("CC"));
  }

  /** The first token of the clause holding token {@code k}, looking back at most {@code max} tokens. */
  static int start(List<Token> toks, int k, int max) {
    int j = k - 1;
    while (j >= 0 && k - j <= max) {
      if (isBoundary(toks, j)) {
        return j + 1;
      }
      j--;
    }
    return j + 1;
  }

  /** The last token of the clause holding token {@code k}, looking ahead at most {@code max} tokens. */
  static int end(List<Token> toks, int k, int max) {
    int j = k + 1;
    while (j < toks.size() && j - k <= max) {
      if (isBoundary(toks, j)) {
        return j - 1;
      }
      j++;
    }
    return j - 1;
  }

  /** True where a boundary lies strictly between tokens {@code a} and {@code b}. */
  static boolean separated(List<Token> toks, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      if (isBoundary(toks, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", of which 2.2 million have found shelter in Poland, whose government …": a relative clause
   * opened by a comma tells something new, so what lies in it is not
   * told of what stands before it ("the start of the war, … in Poland, … the war in Syria").
   */
  static boolean relativeBetween(List<Token> toks, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      String pos = toks.get(k).pos();
      boolean relative = pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$");
      int before = toks.get(k - 1).pos().equals("IN") ? k - 2 : k - 1;
      if (relative && before > a && toks.get(before).word().equals(",")) {
        return true;
      }
    }
    return false;
  }
}
