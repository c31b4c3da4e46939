package org.annals.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annals.extract.place.Gazetteer;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.TimeExpression;
import org.annals.pipeline.ArticlePipeline;

/**
 * Error analysis for TIMEX3 on TempEval-3: prints every spurious, missed, wrongly typed and
 * wrongly valued time expression (one line each, prefixed by its class, with DCT and context), then
 * the scores. Annotations are cached on disk so a rerun after a change to the time rules takes
 * seconds; delete the cache after changing the annotator itself.
 *
 * <p>Usage: {@code TempEvalTimexErrors <dir of .tml> [cacheDir] [errorsFile]}
 */
public final class TempEvalTimexErrors {


  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    Path cache = Path.of(args.length > 1 ? args[1] : "/tmp/annals-tempeval-cache");
    Path errorsFile = Path.of(args.length > 2 ? args[2] : "/tmp/tempeval-errors.txt");
    ArticlePipeline pipeline = new ArticlePipeline(new CachingAnnotator(cache), Gazetteer.builtIn());
    List<Path> files;
    try (Stream<Path> s = Files.walk(gold)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    try (PrintStream out = new PrintStream(Files.newOutputStream(errorsFile), true, StandardCharsets.UTF_8)) {
      for (Path f : files) {
        TimeMlDocument doc = TimeMlDocument.read(f);
        Article article = new Article(doc.id(), doc.text(), doc.creationDate(),
            doc.creationDate() == null ? DateSource.NONE : DateSource.INPUT, null, null, null, 0);
        dump(doc, pipeline.extract(article).times(), out);
      }
      for (ScoreRow r : new TempEvalTimexEval().evaluate(pipeline, gold, 0)) {
        String line = String.format("%-60s %.3f  %s", r.metric(), r.value(), r.support());
        System.out.println(line);
        out.println(line);
      }
    }
  }

  /** Same matching as {@link TempEvalTimexEval.Counts}: each side used once, exact extent preferred. */
  private static void dump(TimeMlDocument doc, List<TimeExpression> predicted, PrintStream out) {
    List<TimeMlDocument.GoldTimex> golds = doc.timexes();
    boolean[] goldUsed = new boolean[golds.size()];
    String text = doc.text();
    String where = doc.id() + " dct=" + doc.creationDate();
    for (TimeExpression p : predicted) {
      int best = -1;
      for (int i = 0; i < golds.size(); i++) {
        TimeMlDocument.GoldTimex g = golds.get(i);
        if (goldUsed[i] || g.start() >= p.end() || p.start() >= g.end()) {
          continue;
        }
        if (best < 0 || (g.start() == p.start() && g.end() == p.end())) {
          best = i;
        }
      }
      if (best < 0) {
        out.printf("SPURIOUS\t[%s]\t%s\t%s\t%s\t%s%n", p.text(), p.type(), p.value(), context(text, p.start(), p.end()), where);
        continue;
      }
      goldUsed[best] = true;
      TimeMlDocument.GoldTimex g = golds.get(best);
      String gText = text.substring(g.start(), g.end());
      if (g.start() != p.start() || g.end() != p.end()) {
        out.printf("SPAN\tgold [%s]\tours [%s]\t%s%n", gText, p.text(), where);
      }
      if (!p.type().name().equals(g.type())) {
        out.printf("TYPE\t[%s]\tgold %s\tours %s\t%s\t%s%n", gText, g.type(), p.type(), context(text, g.start(), g.end()), where);
      }
      if (g.value() == null || !g.value().equals(p.value())) {
        out.printf("VALUE\t[%s]\tgold %s\tours %s\t%s\t%s%n", gText, g.value(), p.value(), context(text, g.start(), g.end()), where);
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!goldUsed[i]) {
        TimeMlDocument.GoldTimex g = golds.get(i);
        out.printf("MISSED\t[%s]\t%s\t%s\t%s\t%s%n", text.substring(g.start(), g.end()), g.type(), g.value(),
            context(text, g.start(), g.end()), where);
      }
    }
  }

  private static String context(String text, int start, int end) {
    String s = text.substring(Math.max(0, start - 60), start) + "<<" + text.substring(start, end) + ">>"
        + text.substring(end, Math.min(text.length(), end + 60));
    return s.replaceAll("\\s+", " ");
  }

  private TempEvalTimexErrors() {}
}
