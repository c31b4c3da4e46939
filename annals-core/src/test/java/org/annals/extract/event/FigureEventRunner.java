package org.annals.extract.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.Sentence;
import org.annals.pipeline.ArticlePipeline;

/**
 * Prints figures and events sentence by sentence for a person to read: the way to find error
 * classes in the figure and event rules. Not a test.
 *
 * <pre>
 * java -cp annals-core/target/test-classes:annals-core/target/classes:$CP \
 *     org.annals.extract.event.FigureEventRunner [file.jsonl|file.txt ...] [--limit 30]
 * </pre>
 *
 * Without arguments it reads the first 30 articles of
 * {@code /work/shared/data/realnews/guardian_ukraine_nato_2022.jsonl}, and says so and stops
 * where that file is absent.
 */
public final class FigureEventRunner {

  private static final Path DEFAULT = Path.of("/work/shared/data/realnews/guardian_ukraine_nato_2022.jsonl");

  public static void main(String[] args) throws IOException {
    int limit = 30;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit")) {
        limit = Integer.parseInt(args[++i]);
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      inputs.add(DEFAULT);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ArticlePipeline pipeline = ArticlePipeline.standard();
    int figures = 0;
    int events = 0;
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        out.println("skipped (absent): " + p);
        continue;
      }
      for (Article a : read(p, limit)) {
        AnnotatedArticle doc = CoreNlpAnnotator.shared().annotate(a);
        Extraction x = pipeline.extract(doc);
        figures += x.figures().size();
        events += x.events().size();
        print(out, x, doc.sentences());
      }
    }
    out.printf("%nTOTAL figures=%d events=%d%n", figures, events);
  }

  private static List<Article> read(Path p, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    if (p.toString().endsWith(".jsonl")) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null && out.size() < limit) {
          JsonNode n = json.readTree(line);
          LocalDate date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
          out.add(Article.of(n.get("id").asText(), n.get("text").asText(), date));
        }
      }
      return out;
    }
    String text = Files.readString(p, StandardCharsets.UTF_8);
    LocalDate date = null;
    String stripped = text.stripLeading();
    if (stripped.startsWith("date ") && stripped.length() >= 15) {
      date = LocalDate.parse(stripped.substring(5, 15));
      text = stripped.substring(15);
    }
    out.add(Article.of(p.getFileName().toString(), text, date));
    return out;
  }

  private static void print(PrintStream out, Extraction x, List<Sentence> sentences) {
    out.printf("%n==== %s (%s)%n", x.article().id(), x.article().date());
    String text = x.article().text();
    List<Figure> figs = x.figures();
    for (Sentence s : sentences) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < figs.size(); i++) {
        Figure f = figs.get(i);
        if (f.start() >= s.start() && f.end() <= s.end()) {
          lines.add(String.format("  F%d %-22s %s %s %s", i, "\"" + f.text() + "\"", f.category().wireName(),
              f.qualifier().wireName(), fmt(f.value())));
        }
      }
      for (Event e : x.events()) {
        if (e.evidence().start() == s.start()) {
          lines.add(String.format("  %s %s%s%s [%s] \"%s\" actors=%s recipients=%s loc=%s date=%s figs=%s", e.id(),
              e.type(), e.mode() == null ? "" : "/" + e.mode(), e.acled() == null ? "" : " (" + e.acled() + ")",
              e.status().wireName(), e.trigger().text(), names(e.actors()), names(e.recipients()),
              e.location() == null ? "-" : e.location().text(), e.date() == null ? "-" : e.date().value(),
              e.figures()));
        }
      }
      if (!lines.isEmpty()) {
        out.println("S: " + text.substring(s.start(), s.end()).replace('\n', ' '));
        lines.forEach(out::println);
      }
    }
  }

  private static String names(List<EntityRef> refs) {
    return refs.stream().map(r -> r.text() + (r.entity() == null ? "" : "#" + r.entity()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
