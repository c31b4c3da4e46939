package org.annals.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.link.date.DocumentDateInference;
import org.annals.link.date.InferredDate;
import org.annals.link.timeline.EntityTimelineBuilder;
import org.annals.link.timeline.TimelineEntry;
import org.annals.link.timeline.TimelineMention;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;

/**
 * SemEval-2015 Task 4 (TimeLine), Track A: entity timelines built from the raw texts (the tokens of
 * the CAT documents, with no gold events or times), scored with {@link TimelineScorer} against the
 * gold timelines. The documents come without a creation time: each article's date is inferred from
 * its text (the dateline under the title) and the article is extracted again with it.
 *
 * <p>With {@code -Dannals.timeline2015.out=DIR} the system timelines are written there.
 *
 * <p>Location: a folder holding the CAT documents (a folder of .xml files that is not Track B's
 * events-only copy) and the gold timelines (.txt files whose rows are "ordinal TAB date TAB ids").
 */
public final class Timeline2015Eval implements GoldEvaluation {

  @Override
  public String name() {
    return "timeline2015";
  }

  @Override
  public String defaultLocation() {
    return "timeline2015";
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<Path> xmlFiles = new ArrayList<>();
    List<Path> timelineFiles = new ArrayList<>();
    try (Stream<Path> s = Files.walk(location, 3)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String dir = p.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        String name = p.getFileName().toString();
        if (name.endsWith(".xml") && !dir.contains("events_timelines") && !dir.contains("trackb")) {
          xmlFiles.add(p);
        } else if (name.endsWith(".txt") && looksLikeTimeline(p)) {
          timelineFiles.add(p);
        }
      });
    }
    if (xmlFiles.isEmpty() || timelineFiles.isEmpty()) {
      throw new IOException(location + ": expected CAT .xml documents and gold timeline .txt files");
    }
    if (limit > 0 && xmlFiles.size() > limit) {
      xmlFiles.subList(limit, xmlFiles.size()).clear();
    }
    Map<String, EntityTimeline> gold = new TreeMap<>();
    for (Path p : timelineFiles) {
      EntityTimeline t = EntityTimeline.read(p);
      gold.put(t.entity(), t);
    }
    List<CatDocument> docs = new ArrayList<>();
    for (Path p : xmlFiles) {
      docs.add(CatDocument.read(p));
    }
    List<EntityTimelineBuilder.Source> sources = read(pipeline, docs);
    Map<String, CatDocument> byId = new LinkedHashMap<>();
    for (CatDocument d : docs) {
      byId.put(d.docId(), d);
    }
    Map<String, EntityTimeline> system = new TreeMap<>();
    EntityTimelineBuilder builder = new EntityTimelineBuilder();
    for (String entity : gold.keySet()) {
      system.put(entity, toTaskFormat(entity, builder.build(entity, sources), byId));
    }
    String out = System.getProperty("annals.timeline2015.out");
    if (out != null) { // the system timelines in the task's format, for error analysis
      Files.createDirectories(Path.of(out));
      for (EntityTimeline t : system.values()) {
        Files.writeString(Path.of(out, t.entity().replaceAll("\\W+", "_").toLowerCase(Locale.ROOT) + ".txt"), t.format());
      }
    }
    TimelineScorer.Result r = TimelineScorer.score(gold, system);
    String ds = "SemEval-2015 Task 4 " + location.getFileName() + " (" + docs.size() + " docs, " + gold.size()
        + " timelines)";
    return List.of(
        new ScoreRow(ds, "timeline micro F1 (Track A, raw text)", r.f1(),
            String.format(Locale.ROOT, "x100 = %.2f", 100 * r.f1())),
        new ScoreRow(ds, "timeline P", r.precision(), r.pVerified() + " of " + r.pTotal() + " system relations"),
        new ScoreRow(ds, "timeline R", r.recall(), r.rVerified() + " of " + r.rTotal() + " gold relations"));
  }

  /** Extracts each document twice: once undated to infer its date, then with that date. */
  static List<EntityTimelineBuilder.Source> read(ArticlePipeline pipeline, List<CatDocument> docs) {
    DocumentDateInference inference = new DocumentDateInference();
    List<EntityTimelineBuilder.Source> out = new ArrayList<>();
    for (CatDocument d : docs) {
      Article undated = new Article(d.docId(), d.text(), null, DateSource.NONE, null, null, null, 0);
      AnnotatedArticle a = pipeline.annotate(undated);
      Extraction x = pipeline.extract(a);
      Optional<InferredDate> date = inference.infer(d.text(), x.times(), List.of());
      if (date.isPresent()) {
        a = pipeline.annotate(new Article(d.docId(), d.text(), date.get().date(), DateSource.INFERRED, null, null,
            null, 0));
        x = pipeline.extract(a);
      }
      out.add(new EntityTimelineBuilder.Source(a, x));
    }
    return out;
  }

  /** Our entries as a task timeline: undated events at ordinal 0, then one ordinal per date. */
  static EntityTimeline toTaskFormat(String entity, List<TimelineEntry> entries, Map<String, CatDocument> docs) {
    List<EntityTimeline.Row> rows = new ArrayList<>();
    int ordinal = 0;
    String lastDate = null;
    for (TimelineEntry e : entries) {
      List<String> ids = new ArrayList<>();
      for (TimelineMention m : e.mentions()) {
        String id = docs.get(m.articleId()).mentionId(m.start());
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      if (e.date() == null) {
        rows.add(new EntityTimeline.Row(0, "XXXX-XX-XX", ids));
        continue;
      }
      if (!e.date().equals(lastDate)) {
        ordinal++;
        lastDate = e.date();
      }
      rows.add(new EntityTimeline.Row(ordinal, e.date(), ids));
    }
    return new EntityTimeline(entity, rows);
  }

  private static boolean looksLikeTimeline(Path p) {
    try {
      List<String> lines = Files.readAllLines(p);
      return lines.size() >= 2 && lines.get(1).matches("\\d+\\t[^\\t]+\\t.+");
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
