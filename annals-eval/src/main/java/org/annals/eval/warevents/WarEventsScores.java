package org.annals.eval.warevents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * score.py's figures, with the counts behind them.
 *
 * @param coverage share of gold event mentions matched by a system mention
 * @param b3F1 B-cubed over the matched gold mentions: gold event vs the system event each was given
 * @param linkedAsOne share of the gold events reported in 2+ articles whose matched mentions all
 *     sit in one system event
 * @param fragmentation mean number of system events such an event (matched) is spread over
 * @param purity share of the system events touching the gold whose matched mentions all come from
 *     one gold event
 * @param dateAcc share of gold events whose main system event has the gold day (unmatched: wrong)
 * @param noneventOk share of non-event sentences with no asserted system mention in them
 * @param apartOk share of the hard-negative pairs (both sides matched) sharing no system event
 * @param dateMisses "key: gold DAY got DAY" or "key: gold DAY not found", in gold order
 * @param nonEventMisses "article@start (why)" of each non-event recorded as asserted
 */
public record WarEventsScores(
    int goldMentions, int matchedMentions, double coverage,
    double b3P, double b3R, double b3F1, int pairs,
    int multiEvents, int multiFound, int linkedAsOneCount, double linkedAsOne, double fragmentation,
    int systemEvents, int pureSystemEvents, double purity,
    int goldEvents, int datesRight, double dateAcc,
    int nonEvents, int nonEventsOk, double noneventOk,
    int hardNegatives, int hardJudged, int keptApart, double apartOk,
    List<String> dateMisses, List<String> nonEventMisses) {

  /** The figures FIGURE prints, in its order. */
  public static final List<String> FIGURE_KEYS = List.of(
      "b3_f1", "linked_as_one", "fragmentation", "purity", "date_acc", "nonevent_ok", "apart_ok", "coverage");

  /** score.py's result dict: its keys, in its order (Integer for counts, Double for shares). */
  public Map<String, Number> figures() {
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("coverage", coverage);
    m.put("b3_p", b3P);
    m.put("b3_r", b3R);
    m.put("b3_f1", b3F1);
    m.put("multi_events", multiEvents);
    m.put("multi_found", multiFound);
    m.put("linked_as_one", linkedAsOne);
    m.put("fragmentation", fragmentation);
    m.put("system_events", systemEvents);
    m.put("purity", purity);
    m.put("date_acc", dateAcc);
    m.put("nonevent_ok", noneventOk);
    m.put("hard_judged", hardJudged);
    m.put("apart_ok", apartOk);
    return m;
  }

  /** What {@code score.py score} prints, to the character. */
  public String report() {
    StringBuilder out = new StringBuilder();
    figures().forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-15s ", k))
        .append(v instanceof Double d ? fixed4(d) : v.toString()).append('\n'));
    out.append("date misses (first 12):\n");
    dateMisses.stream().limit(12).forEach(d -> out.append("  ").append(d).append('\n'));
    out.append("non-events recorded as asserted: ").append(nonEventMisses.size()).append(": ")
        .append(String.join("; ", nonEventMisses.subList(0, Math.min(8, nonEventMisses.size())))).append('\n');
    out.append(figureLine()).append('\n');
    return out.toString();
  }

  /** The {@code FIGURE:} line. */
  public String figureLine() {
    Map<String, Number> f = figures();
    StringBuilder out = new StringBuilder("FIGURE:");
    for (String k : FIGURE_KEYS) {
      out.append(' ').append(k).append('=').append(fixed4(f.get(k).doubleValue()));
    }
    return out.toString();
  }

  /** Python's {@code f"{v:.4f}"}: the exact binary value rounded half-even (Java's %.4f rounds half-up). */
  static String fixed4(double v) {
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }
}
