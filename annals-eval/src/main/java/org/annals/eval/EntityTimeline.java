package org.annals.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One SemEval-2015 Task 4 timeline file: the target entity on the first line, then one row per
 * event: ordinal position, date anchor ({@code XXXX-XX-XX} when unknown), and the ids
 * ({@code doc-sentence-word}) of the coreferent mentions of that event, tab-separated. Ordinal 0
 * holds the events that could not be ordered.
 */
record EntityTimeline(String entity, List<Row> rows) {

  record Row(int ordinal, String date, List<String> mentions) {

    Row {
      mentions = List.copyOf(mentions);
    }

    /** Whether the anchor names any part of a date ("2008-03-XX" does, "XXXX-XX-XX" does not). */
    boolean dated() {
      return date.chars().anyMatch(Character::isDigit);
    }
  }

  EntityTimeline {
    rows = List.copyOf(rows);
  }

  static EntityTimeline read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(file + ": empty timeline file");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IOException(file + ":" + (i + 1) + ": expected 'ordinal TAB date TAB mention…', got: " + line);
      }
      List<String> mentions = new ArrayList<>();
      for (int c = 2; c < cols.length; c++) {
        if (!cols[c].isBlank()) {
          mentions.add(cols[c].strip());
        }
      }
      try {
        rows.add(new Row(Integer.parseInt(cols[0].strip()), cols[1].strip(), mentions));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + (i + 1) + ": bad ordinal '" + cols[0] + "'", e);
      }
    }
    return new EntityTimeline(lines.get(0).strip(), rows);
  }

  /** The file text, as the task's tools read it. */
  String format() {
    StringBuilder sb = new StringBuilder(entity).append('\n');
    for (Row r : rows) {
      sb.append(r.ordinal()).append('\t').append(r.date());
      for (String m : r.mentions()) {
        sb.append('\t').append(m);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
