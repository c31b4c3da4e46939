package org.annals.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.TimeExpression;
import org.annals.pipeline.ArticlePipeline;

/**
 * TempEval-3 task A scoring of time expressions (TIMEX3) on TimeML files, with the official
 * definitions: strict match = identical extent, relaxed match = overlapping extents (each gold
 * and each system timex matched at most once); precision, recall and F1 for both; type and value
 * "F1" = attribute accuracy over relaxed matches × relaxed F1. The document creation time is given
 * to the pipeline as the article's date.
 */
public final class TempEvalTimexEval implements GoldEvaluation {

  @Override
  public String name() {
    return "tempeval";
  }

  @Override
  public String defaultLocation() {
    return "tempeval3/train";
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(location)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(location + ": no .tml files found");
    }
    if (limit > 0 && files.size() > limit) {
      files = files.subList(0, limit);
    }
    Counts c = new Counts();
    for (Path f : files) {
      TimeMlDocument doc = TimeMlDocument.read(f);
      Article article = new Article(doc.id(), doc.text(), doc.creationDate(),
          doc.creationDate() == null ? DateSource.NONE : DateSource.INPUT, null, null, null, 0);
      List<TimeExpression> predicted = pipeline.extract(article).times();
      c.add(doc.timexes(), predicted);
      if (DEBUG) {
        Counts one = new Counts();
        one.text = doc.text();
        one.add(doc.timexes(), predicted);
        for (String e : one.errors) {
          System.err.println("TIMEX " + doc.id() + " dct=" + doc.creationDate() + " | " + e);
        }
      }
    }
    String ds = "TempEval-3 " + location.getFileName() + " (" + files.size() + " docs)";
    String support = c.gold + " gold / " + c.predicted + " predicted";
    List<ScoreRow> rows = new ArrayList<>();
    rows.add(new ScoreRow(ds, "TIMEX3 strict span F1", Prf.f1(c.strict, c.predicted, c.gold), support));
    rows.add(new ScoreRow(ds, "TIMEX3 strict span P", Prf.precision(c.strict, c.predicted), support));
    rows.add(new ScoreRow(ds, "TIMEX3 strict span R", Prf.recall(c.strict, c.gold), support));
    double relaxedF1 = Prf.f1(c.relaxed, c.predicted, c.gold);
    rows.add(new ScoreRow(ds, "TIMEX3 relaxed span F1", relaxedF1, support));
    rows.add(new ScoreRow(ds, "TIMEX3 relaxed span P", Prf.precision(c.relaxed, c.predicted), support));
    rows.add(new ScoreRow(ds, "TIMEX3 relaxed span R", Prf.recall(c.relaxed, c.gold), support));
    double typeAcc = c.relaxed == 0 ? 0 : (double) c.typeCorrect / c.relaxed;
    double valueAcc = c.relaxed == 0 ? 0 : (double) c.valueCorrect / c.relaxed;
    rows.add(new ScoreRow(ds, "TIMEX3 type F1", typeAcc * relaxedF1, c.typeCorrect + "/" + c.relaxed + " types right"));
    rows.add(new ScoreRow(ds, "TIMEX3 value F1", valueAcc * relaxedF1, c.valueCorrect + "/" + c.relaxed + " values right"));
    return rows;
  }

  private static final boolean DEBUG = Boolean.getBoolean("annals.debug.timex");

  /** Match counts over all documents. */
  static final class Counts {
    int gold;
    int predicted;
    int strict;
    int relaxed;
    int typeCorrect;
    int valueCorrect;
    final List<String> errors = new ArrayList<>();
    String text;

    private String text(TimeMlDocument.GoldTimex g) {
      return text == null ? "" : text.substring(g.start(), g.end());
    }

    /** The words around a span, for reading an error. */
    private String around(int start, int end) {
      if (text == null) {
        return "";
      }
      return " | " + (text.substring(Math.max(0, start - 70), start) + "[" + text.substring(start, end) + "]"
          + text.substring(end, Math.min(text.length(), end + 50))).replace('\n', ' ');
    }

    void add(List<TimeMlDocument.GoldTimex> goldList, List<TimeExpression> predictedList) {
      gold += goldList.size();
      predicted += predictedList.size();
      boolean[] goldUsed = new boolean[goldList.size()];
      for (TimeExpression p : predictedList) {
        int best = -1;
        for (int i = 0; i < goldList.size(); i++) {
          TimeMlDocument.GoldTimex g = goldList.get(i);
          if (goldUsed[i] || g.start() >= p.end() || p.start() >= g.end()) {
            continue;
          }
          if (best < 0 || (g.start() == p.start() && g.end() == p.end())) {
            best = i;
          }
        }
        if (best < 0) {
          errors.add("SPURIOUS " + p.text() + " | ours " + p.value() + " | @" + p.start() + around(p.start(), p.end()));
          continue;
        }
        goldUsed[best] = true;
        TimeMlDocument.GoldTimex g = goldList.get(best);
        relaxed++;
        if (g.start() == p.start() && g.end() == p.end()) {
          strict++;
        }
        if (p.type().name().equals(g.type())) {
          typeCorrect++;
        }
        if (g.value() != null && g.value().equals(p.value())) {
          valueCorrect++;
        } else {
          errors.add("VALUE " + p.text() + " | gold " + text(g) + " " + g.value() + " | ours " + p.value() + " | @" + p.start()
              + around(g.start(), g.end()));
        }
      }
      for (int i = 0; i < goldList.size(); i++) {
        if (!goldUsed[i]) {
          TimeMlDocument.GoldTimex g = goldList.get(i);
          errors.add("MISSED " + text(g) + " | gold " + g.value() + " | @" + g.start() + around(g.start(), g.end()));
        }
      }
    }
  }
}
