package org.annals.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, long cells cut with an ellipsis. */
final class TextTable {

  private static final int MAX_CELL = 60;

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      String s = c == null ? "" : String.valueOf(c).replaceAll("\\s+", " ");
      r.add(s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s);
    }
    rows.add(r);
    return this;
  }

  void print(PrintStream out) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    line(out, header, width);
    StringBuilder rule = new StringBuilder();
    for (int w : width) {
      rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(w));
    }
    out.println(rule);
    for (List<String> r : rows) {
      line(out, r, width);
    }
    if (rows.isEmpty()) {
      out.println("(nothing found)");
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append(i == cells.size() - 1 ? cells.get(i) : pad(cells.get(i), width[i]));
    }
    out.println(b.toString().stripTrailing());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }
}
