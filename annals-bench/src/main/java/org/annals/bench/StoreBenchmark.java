package org.annals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.annals.link.ArticleIds;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.link.LinkerSnapshot;
import org.annals.link.StreamLinker;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Sentence;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.ArticleOrigin;
import org.annals.store.StoreLocation;

/**
 * Builds a synthetic store from real extraction output and measures it: a few real articles are
 * extracted once, then cloned with distinct texts (so distinct content-hash ids), dates spread over
 * two years, 20 outlets, and entity names varied so that a few entities are everywhere and most
 * are rare, as in news. Every three clones of an article report the same events. Measures put
 * throughput and the latency of entity timelines (limit 200, as the CLI) for names drawn from the store,
 * half of them among the 20 most reported entities.
 */
public final class StoreBenchmark {

  /** The figures of one run. */
  public record Result(int articles, double putsPerSecond, int queries, double p50Ms, double p95Ms, double p99Ms,
      double maxMs, double meanEvents, long fileBytes, Restart restart) {

    public String markdown() {
      return String.format(Locale.ROOT, "| articles | put articles/s | timeline queries | p50 ms | p95 ms | p99 ms "
          + "| max ms | mean events returned | store MB |%n|---|---|---|---|---|---|---|---|---|%n"
          + "| %d | %.0f | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.0f |%n", articles, putsPerSecond, queries, p50Ms,
          p95Ms, p99Ms, maxMs, meanEvents, fileBytes / 1e6) + restart.markdown(articles);
    }
  }

  /**
   * The linkers' restart on the store: replaying every stored article (what a store without a
   * snapshot needs, and what every restart did before schema 8), saving their snapshot, and
   * reading it back (what a restart does now); and the bytes that hold data once the snapshot
   * has replaced the articles' replay copies.
   */
  public record Restart(double replaySeconds, double saveSeconds, double restoreSeconds, long snapshotBytes,
      long usedBytes, long textBytes) {

    String markdown(int articles) {
      return String.format(Locale.ROOT, "%n| restart: replay of every article s | snapshot saved s | restart from the "
          + "snapshot s | ratio | snapshot MB | store in use MB | KB/article | KB/article beyond the text |%n"
          + "|---|---|---|---|---|---|---|---|%n| %.1f | %.1f | %.1f | %.1fx | %.1f | %.0f | %.1f | %.1f |%n",
          replaySeconds, saveSeconds, restoreSeconds, replaySeconds / restoreSeconds, snapshotBytes / 1e6,
          usedBytes / 1e6, usedBytes / 1e3 / articles, (usedBytes - textBytes) / 1e3 / articles);
    }
  }

  /** Entities whose names are varied per clone (the rest keep theirs: the ubiquitous few). */
  private static final int NAME_VARIANTS = 400;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final List<LinkedArticle> templates;
  private final PrintStream log;

  public StoreBenchmark(List<LinkedArticle> templates, PrintStream log) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no template articles");
    }
    this.templates = templates;
    this.log = log;
  }

  /** Extracts the first {@code n} articles of a JSON Lines file with the standard pipeline. */
  public static List<LinkedArticle> extractTemplates(Path jsonl, int n) throws IOException {
    ArticlePipeline pipeline = ArticlePipeline.standard();
    List<LinkedArticle> out = new ArrayList<>();
    for (Article a : BenchArticles.read(jsonl, n)) {
      AnnotatedArticle doc = pipeline.annotate(a);
      Extraction x = pipeline.extract(doc);
      List<org.annals.model.Span> sentences = doc.sentences().stream().map(Sentence::span).toList();
      out.add(new LinkedArticle(x, sentences, new ArticleLinks(ArticleIds.contentHash(a.text()), a.date(),
          a.dateSource(), null, null, null, Map.of(), Map.of())));
    }
    return out;
  }

  public Result run(StoreLocation db, int articles, int queries, long seed) {
    Random random = new Random(seed);
    long t0 = System.nanoTime();
    long textBytes = 0;
    double putRate;
    Restart restart;
    try (AnnalsStore store = AnnalsStore.open(db)) {
      for (int n = 0; n < articles; n++) {
        LinkedArticle clone = clone(n);
        textBytes += clone.extraction().article().text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        store.put(clone, new ArticleOrigin("clone-" + n, "synthetic"));
        if (log != null && (n + 1) % 10_000 == 0) {
          log.printf(Locale.ROOT, "bench-store: %d articles, %.0f/s%n", n + 1, (n + 1) / secondsSince(t0));
        }
      }
      putRate = articles / secondsSince(t0);
      restart = restart(store, textBytes);
    }
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      List<String> names = entityNames(db, random);
      var q = store.queries();
      for (int i = 0; i < Math.min(50, queries); i++) { // warm-up
        q.entityTimeline(names.get(random.nextInt(names.size())), null, null, 200);
      }
      double[] ms = new double[queries];
      long returned = 0;
      for (int i = 0; i < queries; i++) {
        String name = names.get(random.nextInt(names.size()));
        long s = System.nanoTime();
        returned += q.entityTimeline(name, null, null, 200).size();
        ms[i] = (System.nanoTime() - s) / 1e6;
      }
      java.util.Arrays.sort(ms);
      long bytes = store.sizeBytes();
      return new Result(articles, putRate, queries, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1],
          (double) returned / queries, bytes, restart);
    }
  }

  /** Rebuilds the linkers from every stored article, saves their snapshot, and restores them from it. */
  private Restart restart(AnnalsStore store, long textBytes) {
    long t0 = System.nanoTime();
    StreamLinker replayed = new StreamLinker();
    store.replay(replayed::observe);
    double replaySeconds = secondsSince(t0);
    long t1 = System.nanoTime();
    byte[] state = replayed.snapshot();
    store.saveLinkerSnapshot(new AnnalsStore.LinkerState(LinkerSnapshot.FORMAT, state));
    double saveSeconds = secondsSince(t1);
    replayed = null;
    System.gc();
    long t2 = System.nanoTime();
    StreamLinker restored = StreamLinker.restore(store.linkerSnapshot().orElseThrow().state());
    store.replay(restored::observe); // the backlog: empty after the snapshot
    double restoreSeconds = secondsSince(t2);
    if (log != null) {
      log.printf(Locale.ROOT, "bench-store: linkers replayed in %.1f s, snapshot of %.1f MB saved in %.1f s, "
          + "restored in %.1f s%n", replaySeconds, state.length / 1e6, saveSeconds, restoreSeconds);
    }
    return new Restart(replaySeconds, saveSeconds, restoreSeconds, state.length, store.usedBytes(), textBytes);
  }

  /**
   * Names to query: the 20 entities in most articles weighted as much as all others together, since
   * people ask for the entities the news is about; the rest drawn alike.
   */
  private static List<String> entityNames(StoreLocation db, Random random) {
    List<String> popular = names(db, "SELECT e.name FROM entities e JOIN article_entities a ON a.entity_id = e.id "
        + "GROUP BY e.id, e.name ORDER BY COUNT(*) DESC, e.id LIMIT 20");
    List<String> all = names(db, "SELECT name FROM entities ORDER BY id");
    List<String> mix = new ArrayList<>(all);
    for (int i = 0; i < all.size(); i++) {
      mix.add(popular.get(i % popular.size()));
    }
    java.util.Collections.shuffle(mix, random);
    return mix;
  }

  private static List<String> names(StoreLocation db, String sql) {
    List<String> names = new ArrayList<>();
    try (var c = db.dialect().connect(true);
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double secondsSince(long t0) {
    return Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
  }

  /** Clone n: template n % k, its own text, date, outlet, entity names and event ids. */
  LinkedArticle clone(int n) {
    LinkedArticle t = templates.get(n % templates.size());
    Extraction x = t.extraction();
    Article a = x.article();
    int group = n / (3 * templates.size()); // three clones of one template share their events
    LocalDate date = START.plusDays(group % 730);
    String text = a.text() + "\n[" + n + "]"; // appended: every offset stays valid
    Article article = new Article("clone-" + n, text, date, DateSource.INPUT, a.title(), "outlet" + (n % 20),
        a.url(), a.textOffset());
    Map<String, LinkedEntity> entities = new LinkedHashMap<>();
    int index = 0;
    for (Entity e : x.entities()) {
      // the first three entities of an article are the ubiquitous ones; the others vary
      int variant = index++ < 3 ? 0 : 1 + (n * 31 + index) % NAME_VARIANTS;
      String name = variant == 0 ? e.name() : e.name() + " " + variant;
      List<String> aliases = e.mentions().stream().map(Mention::text).filter(m -> !m.equals(e.name())).distinct()
          .map(m -> variant == 0 ? m : m + " " + variant).toList();
      entities.put(e.id(), new LinkedEntity(ArticleIds.derived("E", e.type() + "|" + name), e.type(), name, aliases,
          e.titles()));
    }
    Map<String, String> events = new LinkedHashMap<>();
    List<Event> shifted = new ArrayList<>();
    for (Event v : x.events()) {
      events.put(v.id(), ArticleIds.derived("V", (n % templates.size()) + "|" + v.id() + "|" + group));
      EventDate d = v.date() == null || v.date().value() == null || !v.date().value().matches("\\d{4}-\\d{2}-\\d{2}.*")
          ? v.date() : new EventDate(date.minusDays(1).toString(), v.date().start(), v.date().end(), v.date().text());
      shifted.add(new Event(v.id(), v.type(), v.mode(), v.acled(), v.status(), v.trigger(), v.actors(), v.recipients(),
          v.location(), d, v.figures(), v.evidence()));
    }
    Extraction cx = new Extraction(article, x.entities(), x.times(), x.places(), x.quotes(), x.figures(), shifted);
    String story = ArticleIds.derived("s", (n % templates.size()) + "|" + (group / 30));
    ArticleLinks links = new ArticleLinks(ArticleIds.contentHash(text), date, DateSource.INPUT, null, story,
        "story " + story, entities, events);
    return new LinkedArticle(cx, t.sentences(), links);
  }
}
