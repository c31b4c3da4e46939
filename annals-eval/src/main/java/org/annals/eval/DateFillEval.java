package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.link.date.DocumentDateInference;
import org.annals.link.date.InferredDate;
import org.annals.link.StreamLinker;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;

/**
 * Document date inference, measured by hiding the dates of dated articles (any JSONL stream with
 * {@code id, date, title, text}; a folder means every .jsonl in it). Every article is extracted
 * without its date. Two settings: from content alone, for every article; and in a stream where
 * every second article (in date order) has lost its date, linked as ingest links it (its text
 * first, then the dated events its news matches); beside it,
 * the control that a date-ordered stream gives for free (the date of the article just before). Coverage is the share given a date; exact, ±1 and ±7 days
 * are the shares of those dates within that distance of the true one.
 */
public final class DateFillEval implements GoldEvaluation {

  record DatedArticle(String id, LocalDate date, String title, String text) {}

  @Override
  public String name() {
    return "datefill";
  }

  @Override
  public String defaultLocation() {
    return "realnews/guardian_ukraine_nato_2022.jsonl";
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<DatedArticle> gold = read(location, limit);
    List<Article> undated = new ArrayList<>();
    for (DatedArticle g : gold) {
      undated.add(new Article(g.id(), g.text(), null, DateSource.NONE, g.title(), null, null, 0));
    }
    List<Extraction> xs = Extractions.of(pipeline, undated);
    DocumentDateInference inference = new DocumentDateInference();
    String ds = "datefill " + location.getFileName();
    Tally content = new Tally();
    for (int i = 0; i < gold.size(); i++) {
      content.add(gold.get(i).date(), inference.infer(gold.get(i).text(), xs.get(i).times(), List.of()));
    }
    // the stream as ingest links it: dated articles extracted with their dates, the hidden ones
    // without; a date inferred from the text first, then while linking (the news it reports)
    List<Article> stream = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      stream.add(i % 2 == 1 ? undated.get(i) : new Article(gold.get(i).id(), gold.get(i).text(), gold.get(i).date(),
          DateSource.INPUT, gold.get(i).title(), null, null, 0));
    }
    List<Extraction> streamed = new ArrayList<>(xs);
    List<Article> dated = new ArrayList<>();
    for (int i = 0; i < gold.size(); i += 2) {
      dated.add(stream.get(i));
    }
    List<Extraction> datedXs = Extractions.of(pipeline, dated);
    for (int i = 0; i < gold.size(); i += 2) {
      streamed.set(i, datedXs.get(i / 2));
    }
    Tally story = new Tally();
    Tally previous = new Tally();
    StreamLinker linker = new StreamLinker();
    for (int i = 0; i < gold.size(); i++) {
      Extraction x = streamed.get(i);
      if (i % 2 == 0) {
        linker.link(x, List.of(), null, d -> x);
        continue;
      }
      // the control: a date-ordered stream alone dates an article by the one before it
      previous.add(gold.get(i).date(), Optional.of(new InferredDate(gold.get(i - 1).date(), "previous",
          InferredDate.Source.STORY)));
      Optional<InferredDate> fromText = StreamLinker.dateFromText(x);
      Extraction first = fromText.isPresent() ? pipeline.extract(withDate(x.article(), fromText.get())) : x;
      InferredDate[] fromLinking = new InferredDate[1];
      linker.link(first, List.of(), fromText.map(InferredDate::evidence).orElse(null), d -> {
        fromLinking[0] = d;
        return pipeline.extract(withDate(x.article(), d));
      });
      story.add(gold.get(i).date(), fromLinking[0] != null ? Optional.of(fromLinking[0]) : fromText);
      if (Boolean.getBoolean("annals.debug.datefill")) {
        Optional<InferredDate> got = fromLinking[0] != null ? Optional.of(fromLinking[0]) : fromText;
        System.err.println("DATEFILL " + gold.get(i).id() + " gold=" + gold.get(i).date() + " prev=" + gold.get(i - 1).date()
            + " ours=" + got.map(d -> d.date() + " " + d.source() + " " + d.evidence()).orElse("none"));
      }
    }
    List<ScoreRow> rows = new ArrayList<>();
    rows.addAll(content.rows(ds + " (content only, all hidden)"));
    rows.addAll(story.rows(ds + " (in a stream, every 2nd hidden)"));
    rows.addAll(previous.rows(ds + " (control: previous article's date)").subList(1, 6));
    return rows;
  }

  private static Article withDate(Article a, InferredDate d) {
    return new Article(a.id(), a.text(), d.date(), DateSource.INFERRED, a.title(), a.source(), a.url(), a.textOffset());
  }

  /** Counts of inferred dates by distance from the truth. */
  static final class Tally {
    int total;
    int inferred;
    int exact;
    int day;
    int twoDays;
    int week;
    final Map<InferredDate.Source, Integer> bySource = new EnumMap<>(InferredDate.Source.class);

    void add(LocalDate truth, Optional<InferredDate> guess) {
      total++;
      if (guess.isEmpty()) {
        return;
      }
      inferred++;
      bySource.merge(guess.get().source(), 1, Integer::sum);
      long off = Math.abs(ChronoUnit.DAYS.between(truth, guess.get().date()));
      exact += off == 0 ? 1 : 0;
      day += off <= 1 ? 1 : 0;
      twoDays += off <= 2 ? 1 : 0;
      week += off <= 7 ? 1 : 0;
    }

    List<ScoreRow> rows(String ds) {
      String by = bySource.toString().toLowerCase(Locale.ROOT);
      return List.of(
          new ScoreRow(ds, "date coverage", Prf.precision(inferred, total), inferred + " of " + total + " " + by),
          new ScoreRow(ds, "date exact (of inferred)", Prf.precision(exact, inferred), exact + " exact"),
          new ScoreRow(ds, "date within 1 day", Prf.precision(day, inferred), day + ""),
          new ScoreRow(ds, "date within 2 days", Prf.precision(twoDays, inferred), twoDays + ""),
          new ScoreRow(ds, "dated right (within 2 days) of all", Prf.precision(twoDays, total),
              twoDays + " of " + total),
          new ScoreRow(ds, "date within 7 days", Prf.precision(week, inferred), week + ""));
    }
  }

  static List<DatedArticle> read(Path location, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> s = Files.list(location)) {
        s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
    } else {
      files.add(location);
    }
    ObjectMapper json = new ObjectMapper();
    List<DatedArticle> out = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          JsonNode d = n.get("date");
          JsonNode t = n.get("text");
          if (d == null || d.isNull() || d.asText().length() < 10 || t == null || t.isNull()) {
            continue;
          }
          JsonNode title = n.get("title");
          out.add(new DatedArticle(n.get("id").asText(), LocalDate.parse(d.asText().substring(0, 10)),
              title == null || title.isNull() ? null : title.asText(), t.asText()));
        }
      }
    }
    out.sort(Comparator.comparing(DatedArticle::date));
    if (limit > 0 && out.size() > limit) {
      return new ArrayList<>(out.subList(0, limit));
    }
    return out;
  }
}
