package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.pipeline.ArticlePipeline;

/**
 * Scores quote attribution against PolNeAR (Newell, Margolin &amp; Ruths 2018), read from the
 * derived JSON Lines file (one line per article and annotator; the alphabetically first annotator
 * of each article is used). Each article goes through the whole pipeline
 * ({@code ArticlePipeline.extract(Article.of(id, text, date))}). Offsets in the file are code
 * points; PolNeAR texts have no characters outside the BMP, so they are used as UTF-16 indices.
 *
 * <p>A <em>gold direct quote</em> is a gold attribution whose content starts with a quotation mark:
 * the file's {@code content_starts_with_quote} flag, or a content opening with a mark the flag
 * misses (the New York Times' {@code ''…''}, {@code ``}, wrong-way ‘ and ”). Its content may have
 * several fragments ({@code "A," he said. "B."}).
 *
 * <ol>
 *   <li><b>Direct-quote speaker accuracy.</b> Over gold direct quotes that have a Source span:
 *       our quote is the one (direct first, else indirect) with the largest character overlap with
 *       the gold content fragments; the attribution is correct when that quote has a speaker whose
 *       span overlaps a gold Source fragment. A gold quote no quote of ours overlaps, or whose quote
 *       has no speaker, counts as wrong. Also reported: the same accuracy over the gold quotes we
 *       found (some quote overlaps), and the fraction found.
 *   <li><b>Direct-quote spans.</b> Gold spans: the content fragments of gold direct quotes, with
 *       fragments that only whitespace separates merged into one (annotators split a quote at
 *       sentence and paragraph breaks), duplicates removed. Predicted: our direct quotes. A
 *       prediction matches a gold span when their overlap is at least half of the longer of the
 *       two; matching is one-to-one, greedy by overlap. Precision, recall and F1; also exact-match
 *       F1 (identical offsets), and precision when predictions that lie inside a gold content not
 *       starting with a quote mark (a partial quote within reported speech, which PolNeAR does not
 *       annotate as a quote of its own) are left out.
 *   <li><b>Indirect attributions.</b> Gold: attributions with a Source whose content does not
 *       start with a quote mark (PolNeAR includes beliefs and intentions as well as speech).
 *       Predicted: our indirect quotes. Same 50%-of-the-longer overlap match over the whole
 *       content (fragments summed). Recall, precision, and recall with the speaker also correct.
 * </ol>
 */
public final class PolnearQuoteEval implements GoldEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold attribution: spans are lists of fragments. */
  public record GoldAttribution(
      String id, List<Span> source, List<Span> cue, List<Span> content, boolean direct) {

    public GoldAttribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }
  }

  /** One article as one annotator marked it. */
  public record GoldArticle(
      String id,
      String annotator,
      String compartment,
      String text,
      LocalDate date,
      List<GoldAttribution> attributions) {

    public GoldArticle {
      attributions = List.copyOf(attributions);
    }
  }

  @Override
  public String name() {
    return "polnear";
  }

  @Override
  public String defaultLocation() {
    return "quotes/polnear/polnear_dev.jsonl";
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    return evaluate(pipeline, location, limit, null);
  }

  /**
   * As {@link #evaluate(ArticlePipeline, Path, int)}, and reports each wrong speaker, missed and
   * spurious quote to {@code errors} (when not null) for error analysis.
   */
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit, Consumer<String> errors)
      throws IOException {
    List<GoldArticle> gold = read(location, limit);
    Tally tally = new Tally(errors);
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Quote>>> results = new ArrayList<>();
      for (GoldArticle g : gold) {
        results.add(pool.submit(() -> pipeline.extract(Article.of(g.id(), g.text(), g.date())).quotes()));
      }
      for (int i = 0; i < gold.size(); i++) {
        tally.add(gold.get(i), results.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("pipeline failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    String split = gold.isEmpty() || gold.get(0).compartment() == null ? location.getFileName().toString()
        : gold.get(0).compartment();
    return tally.rows("PolNeAR " + split);
  }

  /** Reads the gold file: one article per id, the alphabetically first annotator, in file order. */
  public static List<GoldArticle> read(Path location, int limit) throws IOException {
    Map<String, GoldArticle> byId = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(location, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        GoldArticle g = parse(JSON.readTree(line));
        GoldArticle seen = byId.get(g.id());
        if (seen == null || g.annotator().compareTo(seen.annotator()) < 0) {
          byId.put(g.id(), g);
        }
      }
    }
    List<GoldArticle> out = new ArrayList<>(byId.values());
    return limit > 0 && out.size() > limit ? out.subList(0, limit) : out;
  }

  static GoldArticle parse(JsonNode n) {
    String text = n.path("text").asText();
    List<GoldAttribution> attributions = new ArrayList<>();
    for (JsonNode a : n.path("attributions")) {
      List<Span> content = spans(a.get("content"));
      boolean direct = a.path("content_starts_with_quote").asBoolean()
          || !content.isEmpty() && startsWithQuoteMark(content.get(0).of(text));
      attributions.add(new GoldAttribution(a.path("id").asText(), spans(a.get("source")), spans(a.get("cue")),
          content, direct));
    }
    String date = n.path("date").asText(null);
    return new GoldArticle(n.path("id").asText(), n.path("annotator").asText(""), n.path("compartment").asText(null),
        text, date == null || date.isBlank() ? null : LocalDate.parse(date), attributions);
  }

  private static List<Span> spans(JsonNode arr) {
    List<Span> out = new ArrayList<>();
    if (arr != null && arr.isArray()) {
      for (JsonNode s : arr) {
        out.add(new Span(s.path("start").asInt(), s.path("end").asInt()));
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** Accumulates the three measures over articles. Not thread-safe. */
  static final class Tally {

    private final Consumer<String> errors;
    int speakerGold;
    int speakerFound;
    int speakerCorrect;
    int spanGold;
    int spanPredicted;
    int spanMatched;
    int spanExact;
    int spanPredictedOutsidePartial;
    int spanMatchedOutsidePartial;
    int indirectGold;
    int indirectPredicted;
    int indirectMatchedGold;
    int indirectMatchedPredicted;
    int indirectSpeakerCorrect;

    Tally(Consumer<String> errors) {
      this.errors = errors;
    }

    void add(GoldArticle g, List<Quote> quotes) {
      List<Quote> direct = quotes.stream().filter(Quote::direct).toList();
      List<Quote> indirect = quotes.stream().filter(q -> !q.direct()).toList();
      scoreSpeakers(g, direct, indirect);
      scoreSpans(g, direct);
      scoreIndirect(g, indirect);
    }

    private void scoreSpeakers(GoldArticle g, List<Quote> direct, List<Quote> indirect) {
      for (GoldAttribution a : g.attributions()) {
        if (!a.direct() || a.source().isEmpty() || a.content().isEmpty()) {
          continue;
        }
        speakerGold++;
        Quote best = bestOverlap(a.content(), direct);
        if (best == null) {
          best = bestOverlap(a.content(), indirect);
        }
        if (best == null) {
          report(g, "MISSED-QUOTE", a, null);
          continue;
        }
        speakerFound++;
        boolean ok = best.speaker() != null && overlapsAny(best.speaker().span(), a.source());
        if (ok) {
          speakerCorrect++;
        } else {
          report(g, best.speaker() == null ? "NO-SPEAKER" : "WRONG-SPEAKER", a, best);
        }
      }
    }

    private void scoreSpans(GoldArticle g, List<Quote> direct) {
      List<Span> gold = new ArrayList<>();
      List<Span> partial = new ArrayList<>();
      for (GoldAttribution a : g.attributions()) {
        if (a.direct()) {
          for (Span s : mergeFragments(g.text(), a.content())) {
            if (!gold.contains(s)) {
              gold.add(s);
            }
          }
        } else {
          partial.addAll(a.content());
        }
      }
      List<Span> predicted = direct.stream().map(Quote::span).toList();
      boolean[] goldUsed = new boolean[gold.size()];
      boolean[] predUsed = new boolean[predicted.size()];
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        for (int j = 0; j < predicted.size(); j++) {
          int o = overlap(gold.get(i), predicted.get(j));
          if (o > 0 && 2 * o >= Math.max(gold.get(i).length(), predicted.get(j).length())) {
            pairs.add(new int[] {i, j, o});
          }
        }
      }
      pairs.sort((x, y) -> Integer.compare(y[2], x[2]));
      int matched = 0;
      for (int[] p : pairs) {
        if (!goldUsed[p[0]] && !predUsed[p[1]]) {
          goldUsed[p[0]] = true;
          predUsed[p[1]] = true;
          matched++;
        }
      }
      int exact = 0;
      for (Span s : predicted) {
        if (gold.contains(s)) {
          exact++;
        }
      }
      int outside = 0;
      int matchedOutside = 0;
      for (int j = 0; j < predicted.size(); j++) {
        Span p = predicted.get(j);
        boolean inPartial = !predUsed[j] && partial.stream().anyMatch(c -> contains(c, p));
        if (!inPartial) {
          outside++;
          if (predUsed[j]) {
            matchedOutside++;
          }
        }
      }
      spanGold += gold.size();
      spanPredicted += predicted.size();
      spanMatched += matched;
      spanExact += exact;
      spanPredictedOutsidePartial += outside;
      spanMatchedOutsidePartial += matchedOutside;
      if (errors != null) {
        for (int i = 0; i < gold.size(); i++) {
          if (!goldUsed[i]) {
            errors.accept("SPAN-MISSED " + g.id() + " gold=" + clip(gold.get(i).of(g.text())));
          }
        }
        for (int j = 0; j < predicted.size(); j++) {
          Span p = predicted.get(j);
          if (!predUsed[j] && partial.stream().noneMatch(c -> contains(c, p))) {
            errors.accept("SPAN-SPURIOUS " + g.id() + " ours=" + clip(p.of(g.text())) + " ctx="
                + clip(context(g.text(), p)));
          }
        }
      }
    }

    private void scoreIndirect(GoldArticle g, List<Quote> indirect) {
      List<GoldAttribution> gold = g.attributions().stream()
          .filter(a -> !a.direct() && !a.source().isEmpty() && !a.content().isEmpty()).toList();
      boolean[] predUsed = new boolean[indirect.size()];
      for (GoldAttribution a : gold) {
        indirectGold++;
        int goldLength = a.content().stream().mapToInt(Span::length).sum();
        int bestJ = -1;
        int bestO = 0;
        for (int j = 0; j < indirect.size(); j++) {
          int o = overlap(a.content(), indirect.get(j).span());
          if (o > bestO && 2 * o >= Math.max(goldLength, indirect.get(j).span().length())) {
            bestO = o;
            bestJ = j;
          }
        }
        if (bestJ < 0 && errors != null) {
          errors.accept("INDIRECT-MISSED " + g.id() + " cue=" + texts(g.text(), a.cue()) + " source="
              + texts(g.text(), a.source()) + " content=" + clip(texts(g.text(), a.content())) + " overlapping="
              + indirect.stream().filter(q -> overlap(a.content(), q.span()) > 0).map(q -> clip(q.text()))
                  .toList());
        }
        if (bestJ >= 0) {
          indirectMatchedGold++;
          predUsed[bestJ] = true;
          Quote q = indirect.get(bestJ);
          if (q.speaker() != null && overlapsAny(q.speaker().span(), a.source())) {
            indirectSpeakerCorrect++;
          }
        }
      }
      indirectPredicted += indirect.size();
      for (boolean u : predUsed) {
        if (u) {
          indirectMatchedPredicted++;
        }
      }
    }

    List<ScoreRow> rows(String dataset) {
      List<ScoreRow> rows = new ArrayList<>();
      rows.add(new ScoreRow(dataset, "direct-quote speaker accuracy", ratio(speakerCorrect, speakerGold),
          speakerCorrect + " correct / " + speakerGold + " gold direct quotes with a source"));
      rows.add(new ScoreRow(dataset, "direct-quote speaker accuracy (quotes found)",
          ratio(speakerCorrect, speakerFound),
          speakerCorrect + " correct / " + speakerFound + " found"));
      rows.add(new ScoreRow(dataset, "direct quotes found (any overlap)", ratio(speakerFound, speakerGold),
          speakerFound + " found / " + speakerGold + " gold"));
      double p = ratio(spanMatched, spanPredicted);
      double r = ratio(spanMatched, spanGold);
      String support = spanGold + " gold / " + spanPredicted + " predicted / " + spanMatched + " matched";
      rows.add(new ScoreRow(dataset, "direct-quote span precision (overlap >= 50%)", p, support));
      rows.add(new ScoreRow(dataset, "direct-quote span recall (overlap >= 50%)", r, support));
      rows.add(new ScoreRow(dataset, "direct-quote span F1 (overlap >= 50%)", f1(p, r), support));
      rows.add(new ScoreRow(dataset,
          "direct-quote span precision (partial quotes in gold indirect content not counted)",
          ratio(spanMatchedOutsidePartial, spanPredictedOutsidePartial),
          spanMatchedOutsidePartial + " matched / " + spanPredictedOutsidePartial + " predicted"));
      double pe = ratio(spanExact, spanPredicted);
      double re = ratio(spanExact, spanGold);
      rows.add(new ScoreRow(dataset, "direct-quote span F1 (exact)", f1(pe, re),
          spanGold + " gold / " + spanPredicted + " predicted / " + spanExact + " exact"));
      double ip = ratio(indirectMatchedPredicted, indirectPredicted);
      double ir = ratio(indirectMatchedGold, indirectGold);
      String isupport = indirectGold + " gold / " + indirectPredicted + " predicted";
      rows.add(new ScoreRow(dataset, "indirect attribution precision (overlap >= 50%)", ip, isupport));
      rows.add(new ScoreRow(dataset, "indirect attribution recall (overlap >= 50%)", ir, isupport));
      rows.add(new ScoreRow(dataset, "indirect attribution recall with correct speaker",
          ratio(indirectSpeakerCorrect, indirectGold), indirectSpeakerCorrect + " / " + indirectGold + " gold"));
      return rows;
    }

    private void report(GoldArticle g, String kind, GoldAttribution a, Quote q) {
      if (errors == null) {
        return;
      }
      StringBuilder b = new StringBuilder(kind).append(' ').append(g.id()).append('\n');
      b.append("  gold source=").append(texts(g.text(), a.source())).append(" cue=").append(texts(g.text(), a.cue()))
          .append('\n');
      b.append("  gold content=").append(clip(texts(g.text(), a.content()))).append('\n');
      if (q != null) {
        b.append("  ours quote=").append(clip(q.text())).append('\n');
        b.append("  ours speaker=").append(q.speaker() == null ? "-" : q.speaker().text() + " [" + q.speaker().entity()
            + "]").append(" cue=").append(q.cue() == null ? "-" : q.cue().text()).append('\n');
      }
      Span around = new Span(a.content().get(0).start(), a.content().get(a.content().size() - 1).end());
      b.append("  context=").append(clip(context(g.text(), around)));
      errors.accept(b.toString());
    }
  }

  /**
   * Whether a content opens with a quotation mark, PTB-style {@code ''} and {@code ``} and
   * wrong-way curly marks included.
   */
  static boolean startsWithQuoteMark(String content) {
    String t = content.stripLeading();
    return !t.isEmpty() && ("\"“”„«‘".indexOf(t.charAt(0)) >= 0 || t.startsWith("''") || t.startsWith("``"));
  }

  /** Fragments that only whitespace separates become one span. */
  static List<Span> mergeFragments(String text, List<Span> fragments) {
    List<Span> out = new ArrayList<>();
    for (Span s : fragments) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (s.start() >= last.end() && text.substring(last.end(), s.start()).isBlank()) {
          out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private static Quote bestOverlap(List<Span> content, List<Quote> quotes) {
    Quote best = null;
    int bestO = 0;
    for (Quote q : quotes) {
      int o = overlap(content, q.span());
      if (o > bestO) {
        bestO = o;
        best = q;
      }
    }
    return best;
  }

  private static int overlap(List<Span> fragments, Span s) {
    int sum = 0;
    for (Span f : fragments) {
      sum += overlap(f, s);
    }
    return sum;
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static boolean overlapsAny(Span s, List<Span> fragments) {
    return fragments.stream().anyMatch(f -> f.overlaps(s));
  }

  private static boolean contains(Span outer, Span inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  private static String texts(String text, List<Span> spans) {
    List<String> parts = new ArrayList<>();
    for (Span s : spans) {
      parts.add(s.of(text));
    }
    return String.join(" | ", parts);
  }

  private static String context(String text, Span s) {
    int from = Math.max(0, s.start() - 150);
    int to = Math.min(text.length(), s.end() + 120);
    return text.substring(from, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
        + text.substring(s.end(), to);
  }

  private static String clip(String s) {
    String flat = s.replace('\n', '/');
    return flat.length() <= 400 ? flat : flat.substring(0, 200) + " … " + flat.substring(flat.length() - 180);
  }
}
