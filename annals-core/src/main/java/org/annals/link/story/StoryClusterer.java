package org.annals.link.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.SnapshotIn;
import org.annals.link.SnapshotOut;
import org.annals.link.StringPool;

/**
 * Online clustering of an article stream into stories: one pass in stream (date) order, no
 * look-ahead. Each article is compared with the stories it shares a name or salient term with;
 * it joins the most similar one above {@link Settings#threshold()} or founds a new story.
 *
 * <p>A story is a developing news story, not a theme: an article is compared with the story's
 * latest reports only (the mean similarity to its last {@link Settings#recent()} articles), never
 * with everything the story has absorbed, so a long stream on one war splits into its episodes
 * instead of growing one story that every report resembles. Similarity mixes three cosines, each
 * TF-IDF weighted with document frequencies accumulated from the stream seen so far: the body
 * (title included), the named entities, and the titles. A term every article of the stream
 * shares ("Ukraine" in a stream on the war) weighs nothing. The mix is damped by the days since
 * the story's last article, measured against the story's own cadence: silence of weeks ends a
 * story that was reported daily. Not thread-safe: one stream, one thread, so the same input order
 * gives the same stories whatever the extraction thread count.
 */
public final class StoryClusterer {

  /**
   * The knobs.
   *
   * @param threshold least similarity for joining a story
   * @param halfLifeDays days after which a story's pull halves (measured from its last article)
   * @param floor the least share of similarity kept however old the story
   * @param recent how many recent articles a story compares by (their mean similarity)
   * @param cadenceHalfLives a story of 3+ dated articles halves its pull sooner: after this many
   *     of its own mean gaps between articles (a story reported daily that falls silent for weeks
   *     is over; one reported monthly is not)
   */
  public record Settings(double threshold, double halfLifeDays, double floor, int recent,
      double bodyWeight, double entityWeight, double titleWeight, double cadenceHalfLives) {

    /**
     * Chosen on the earlier half of the newsclusters dev stories only (see NewsClusterEval): the
     * threshold is the middle of the widest plateau of best B3 F1 there (0.10-0.12); three
     * recent articles rather than five and a half-life of five of a story's own gaps keep a
     * single-theme stream's stories at episode grain (realnews, issue #9). A floor of 0.5 splits
     * the war stream's episodes more cleanly but costs newsclusters its 0.90.
     */
    public static Settings defaults() {
      return new Settings(0.11, 30, 0.7, 3, 0.5, 0.3, 0.2, 5);
    }

    public Settings withThreshold(double t) {
      return new Settings(t, halfLifeDays, floor, recent, bodyWeight, entityWeight, titleWeight, cadenceHalfLives);
    }
  }

  private static final int CANDIDATE_TERMS = 12;
  private static final int KEPT_DATES = 50;
  /**
   * Articles assumed seen before the stream, holding none of its terms: a short stream's shared
   * words still count, while in a long one a word every article uses ("Ukraine") weighs nothing.
   */
  private static final double PRIOR_ARTICLES = 10;
  /** How many of a story's first articles choose its label. */
  private static final int LABEL_ARTICLES = 3;

  private final Settings settings;
  private final Map<String, Integer> df = new HashMap<>();
  /** One copy of each term the stories and document frequencies keep, whatever article brought it. */
  private final StringPool terms = new StringPool();
  private int articles;
  private final List<Story> stories = new ArrayList<>();
  private final Map<String, Story> byId = new HashMap<>();
  private final Map<String, TreeSet<Integer>> postings = new HashMap<>();

  public StoryClusterer() {
    this(Settings.defaults());
  }

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  /** Clusters the next article of the stream. */
  public StoryAssignment add(StoryInput in) {
    Features f = count(in);
    Story best = null;
    double bestScore = 0;
    for (int idx : candidates(f)) {
      Story s = stories.get(idx);
      double score = similarity(f, s);
      if (score > bestScore) { // strict: ties go to the older story, deterministically
        bestScore = score;
        best = s;
      }
    }
    if (best != null && bestScore >= settings.threshold()) {
      join(best, f);
      return new StoryAssignment(best.id, best.label, bestScore, false);
    }
    Story s = found(ArticleIds.derived("s", in.articleId()), f);
    return new StoryAssignment(s.id, s.label, 0, true);
  }

  /**
   * Replays an article whose story is already known (from the store, after a restart): the state
   * becomes what it was, even if the settings have changed since.
   */
  public StoryAssignment restore(StoryInput in, String storyId) {
    Features f = count(in);
    Story s = byId.get(storyId);
    if (s == null) {
      s = found(storyId, f);
      return new StoryAssignment(s.id, s.label, 0, true);
    }
    join(s, f);
    return new StoryAssignment(s.id, s.label, 0, false);
  }

  /** Replays a stored article into the story the store recorded for it. */
  public StoryAssignment restore(LinkedArticle stored) {
    return restore(StoryInput.of(stored), stored.links().storyId());
  }

  /** Writes the clusterer's state, for {@link #load} into a new one (settings are not state). */
  public void save(SnapshotOut out) {
    out.count(articles);
    out.sortedCounts(df);
    out.count(stories.size());
    for (Story s : stories) {
      out.string(s.id);
      // the first and the recent reports share their features: each written once, then by number
      Map<Features, Integer> written = new java.util.IdentityHashMap<>();
      out.count(s.first.size());
      for (Features f : s.first) {
        save(out, f, written);
      }
      out.count(s.recent.size());
      for (Features f : s.recent) {
        save(out, f, written);
      }
      out.count(s.dates.size());
      for (LocalDate d : s.dates) {
        out.date(d);
      }
      out.date(s.lastDate);
      out.count(s.size);
      out.string(s.label);
    }
    out.count(postings.size());
    for (Map.Entry<String, TreeSet<Integer>> e : SnapshotOut.sorted(postings)) {
      out.string(e.getKey());
      out.count(e.getValue().size());
      int last = 0;
      for (int idx : e.getValue()) {
        out.count(idx - last); // ascending: the gaps are short
        last = idx;
      }
    }
  }

  private static void save(SnapshotOut out, Features f, Map<Features, Integer> written) {
    Integer seen = written.get(f);
    out.count(seen == null ? 0 : seen + 1);
    if (seen != null) {
      return;
    }
    written.put(f, written.size());
    out.string(f.in().articleId());
    out.date(f.in().date());
    out.string(f.in().title());
    out.string(f.in().lede());
    saveWeights(out, f.body());
    saveWeights(out, f.ents());
    saveWeights(out, f.title());
  }

  /**
   * A report's weights as the counts they were made of ({@link #weighted} gives back the same
   * weights, bit for bit, which is checked), else as its weights: a count takes a byte where a
   * weight takes eight.
   */
  private static void saveWeights(SnapshotOut out, TermWeights kept) {
    int[] counts = countsOf(kept);
    out.flag(counts != null);
    out.count(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      out.string(kept.term(i));
      if (counts == null) {
        out.real(kept.weight(i));
      } else {
        out.count(counts[i]);
      }
    }
  }

  private static TermWeights loadWeights(SnapshotIn in) {
    boolean counted = in.flag();
    int n = in.count();
    if (n == 0) {
      return TermWeights.EMPTY;
    }
    String[] terms = new String[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      terms[i] = in.string();
      values[i] = counted ? in.count() : in.real();
    }
    return new TermWeights(terms, counted ? weighted(values) : values);
  }

  /**
   * The counts {@link #weighted} made {@code kept}'s weights of, found from the weight of a term
   * seen once (1 / the norm); null where the weights cannot be made again exactly from them.
   */
  private static int[] countsOf(TermWeights kept) {
    double once = Double.MAX_VALUE;
    for (int i = 0; i < kept.size(); i++) {
      once = Math.min(once, kept.weight(i));
    }
    double norm = 1 / once;
    int[] counts = new int[kept.size()];
    double[] again = new double[kept.size()];
    for (int i = 0; i < counts.length; i++) {
      long c = Math.round(Math.exp(kept.weight(i) * norm - 1));
      if (c < 1 || c > Integer.MAX_VALUE) {
        return null;
      }
      counts[i] = (int) c;
      again[i] = c;
    }
    weighted(again);
    for (int i = 0; i < counts.length; i++) {
      if (Double.doubleToRawLongBits(again[i]) != Double.doubleToRawLongBits(kept.weight(i))) {
        return null;
      }
    }
    return counts;
  }

  /** Takes the state {@link #save} wrote into this clusterer, which must be new. */
  public void load(SnapshotIn in) {
    if (articles != 0 || !stories.isEmpty()) {
      throw new IllegalStateException("load into a clusterer that has seen articles");
    }
    articles = in.count();
    in.counts(() -> df);
    int n = in.count();
    for (int i = 0; i < n; i++) {
      Story s = new Story(in.string(), i);
      List<Features> read = new ArrayList<>();
      int first = in.count();
      for (int j = 0; j < first; j++) {
        s.first.add(load(in, read));
      }
      int recent = in.count();
      for (int j = 0; j < recent; j++) {
        s.recent.addLast(load(in, read));
      }
      int dates = in.count();
      for (int j = 0; j < dates; j++) {
        s.dates.addLast(in.date());
      }
      s.lastDate = in.date();
      s.size = in.count();
      s.label = in.string();
      stories.add(s);
      byId.put(s.id, s);
    }
    int terms = in.count();
    for (int i = 0; i < terms; i++) {
      String key = in.string();
      int size = in.count();
      TreeSet<Integer> p = new TreeSet<>();
      int idx = 0;
      for (int j = 0; j < size; j++) {
        idx += in.count();
        p.add(idx);
      }
      postings.computeIfAbsent(key, k -> p);
    }
  }

  private static Features load(SnapshotIn in, List<Features> read) {
    int seen = in.count();
    if (seen > 0) {
      return read.get(seen - 1);
    }
    StoryInput kept = new StoryInput(in.string(), in.date(), in.string(), List.of(), List.of(), List.of(), in.string());
    Features f = new Features(kept, loadWeights(in), loadWeights(in), loadWeights(in));
    read.add(f);
    return f;
  }

  /** Story ids to their labels, in founding order. */
  public Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Story s : stories) {
      out.put(s.id, s.label);
    }
    return out;
  }

  /** The dates of the story's most recent dated articles (up to 50), oldest first; empty if unknown. */
  public List<LocalDate> datesOf(String storyId) {
    Story s = byId.get(storyId);
    return s == null ? List.of() : List.copyOf(s.dates);
  }

  public int storyCount() {
    return stories.size();
  }

  // --- features

  /** An article's term counts, with document frequencies updated to include it. */
  private record Features(StoryInput in, TermWeights body, TermWeights ents, TermWeights title) {}

  private Features count(StoryInput in) {
    TermWeights body = tf(in.bodyTerms());
    TermWeights ents = tf(in.entities());
    TermWeights title = tf(in.titleTerms());
    articles++;
    for (int i = 0; i < body.size(); i++) {
      df.merge(body.term(i), 1, Integer::sum);
    }
    for (int i = 0; i < ents.size(); i++) {
      df.merge(ents.term(i), 1, Integer::sum);
    }
    // a story keeps its first and latest reports' features: their counts, date, headline and lede, not their words
    StoryInput kept = new StoryInput(in.articleId(), in.date(), in.title(), List.of(), List.of(), List.of(), in.lede());
    return new Features(kept, body, ents, title);
  }

  /** Sublinear term frequency, scaled to unit length so long and short reports weigh the same. */
  private TermWeights tf(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String t : words) {
      counts.merge(terms.of(t), 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      return TermWeights.EMPTY;
    }
    String[] told = counts.keySet().toArray(new String[0]);
    double[] values = new double[told.length];
    for (int i = 0; i < told.length; i++) {
      values[i] = counts.get(told[i]);
    }
    return new TermWeights(told, weighted(values));
  }

  /** Term counts, in place, replaced by their sublinear weights scaled to unit length (summed in their order). */
  private static double[] weighted(double[] counts) {
    double norm = 0;
    for (int i = 0; i < counts.length; i++) {
      double w = 1 + Math.log(counts[i]);
      counts[i] = w;
      norm += w * w;
    }
    if (norm > 0) {
      double n = Math.sqrt(norm);
      for (int i = 0; i < counts.length; i++) {
        counts[i] = counts[i] / n;
      }
    }
    return counts;
  }

  private double idf(String term) {
    int d = df.getOrDefault(term, 0);
    return Math.log((articles + PRIOR_ARTICLES + 1.0) / (d + 1.0));
  }

  private double cosine(TermWeights a, TermWeights b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    TermWeights small = a.size() <= b.size() ? a : b;
    TermWeights large = small == a ? b : a;
    double dot = 0;
    for (int i = 0; i < small.size(); i++) {
      double o = large.get(small.term(i));
      if (!Double.isNaN(o)) {
        double w = idf(small.term(i));
        dot += small.weight(i) * o * w * w;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / (norm(a) * norm(b));
  }

  private double norm(TermWeights v) {
    double s = 0;
    for (int i = 0; i < v.size(); i++) {
      double w = v.weight(i) * idf(v.term(i));
      s += w * w;
    }
    return Math.sqrt(s);
  }

  // --- stories

  private static final class Story {
    final String id;
    final int index;
    final List<Features> first = new ArrayList<>(LABEL_ARTICLES);
    final Deque<Features> recent = new ArrayDeque<>();
    final Deque<LocalDate> dates = new ArrayDeque<>();
    LocalDate lastDate;
    int size;
    String label;

    Story(String id, int index) {
      this.id = id;
      this.index = index;
    }
  }

  private Story found(String id, Features f) {
    Story s = new Story(id, stories.size());
    stories.add(s);
    byId.put(id, s);
    join(s, f);
    return s;
  }

  private void join(Story s, Features f) {
    if (s.first.size() < LABEL_ARTICLES) {
      s.first.add(f);
      s.label = label(s.first);
    }
    s.recent.addLast(f);
    if (s.recent.size() > settings.recent()) {
      s.recent.removeFirst();
    }
    s.size++;
    LocalDate d = f.in().date();
    if (d != null && (s.lastDate == null || d.isAfter(s.lastDate))) {
      s.lastDate = d;
    }
    if (d != null) {
      s.dates.addLast(d);
      if (s.dates.size() > KEPT_DATES) {
        s.dates.removeFirst();
      }
    }
    for (String key : salient(f)) {
      postings.computeIfAbsent(key, k -> new TreeSet<>()).add(s.index);
    }
  }

  /**
   * The headline of the story's most central early article (the one most like the other first
   * ones), else its lede: set by the first {@value #LABEL_ARTICLES} articles, then kept as the
   * story grows, so a story keeps its name.
   */
  private String label(List<Features> first) {
    Features best = null;
    double bestScore = -1;
    for (Features f : first) {
      double score = 0;
      for (Features o : first) {
        if (o != f) {
          score += cosine(f.body(), o.body()) + cosine(f.ents(), o.ents());
        }
      }
      boolean titled = f.in().title() != null && !f.in().title().isBlank();
      boolean bestTitled = best != null && best.in().title() != null && !best.in().title().isBlank();
      if (best == null || titled && !bestTitled || titled == bestTitled && score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    String title = best.in().title();
    return title != null && !title.isBlank() ? title.strip() : best.in().lede();
  }

  /** Entities, title terms and the rarest body terms: the keys under which stories are found. */
  private List<String> salient(Features f) {
    List<String> keys = new ArrayList<>(f.ents().terms());
    keys.addAll(f.title().terms());
    keys.addAll(top(f.body(), CANDIDATE_TERMS));
    return keys;
  }

  private List<String> top(TermWeights v, int n) {
    List<Integer> es = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      es.add(i);
    }
    es.sort((a, b) -> {
      int c = Double.compare(v.weight(b) * idf(v.term(b)), v.weight(a) * idf(v.term(a)));
      return c != 0 ? c : v.term(a).compareTo(v.term(b));
    });
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, es.size()); i++) {
      out.add(v.term(es.get(i)));
    }
    return out;
  }

  private TreeSet<Integer> candidates(Features f) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String key : salient(f)) {
      TreeSet<Integer> p = postings.get(key);
      if (p != null) {
        out.addAll(p);
      }
    }
    return out;
  }

  private double similarity(Features f, Story s) {
    double body = 0;
    double ents = 0;
    double title = 0;
    for (Features r : s.recent) {
      body += cosine(f.body(), r.body());
      ents += cosine(f.ents(), r.ents());
      title += cosine(f.title(), r.title());
    }
    int n = s.recent.size();
    body /= n;
    ents /= n;
    title /= n;
    double wEnt = settings.entityWeight();
    double wBody = settings.bodyWeight();
    double wTitle = settings.titleWeight();
    if (f.ents().isEmpty() || s.recent.stream().allMatch(r -> r.ents().isEmpty())) {
      wEnt = 0; // no names on one side: judge by the words alone
    }
    double score = (wBody * body + wEnt * ents + wTitle * title) / (wBody + wEnt + wTitle);
    return score * decay(f.in().date(), s);
  }

  private double decay(LocalDate date, Story s) {
    if (date == null || s.lastDate == null) {
      return 1;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(s.lastDate, date));
    double halfLife = settings.halfLifeDays();
    if (s.dates.size() >= 3) {
      double gap = ChronoUnit.DAYS.between(s.dates.peekFirst(), s.dates.peekLast()) / (double) (s.dates.size() - 1);
      halfLife = Math.min(halfLife, settings.cadenceHalfLives() * Math.max(1, gap));
    }
    double fresh = Math.pow(0.5, days / halfLife);
    return settings.floor() + (1 - settings.floor()) * fresh;
  }
}
