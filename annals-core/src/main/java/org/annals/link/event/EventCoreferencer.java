package org.annals.link.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.annals.extract.event.Lemmas;

/**
 * Online event coreference within and across articles. Articles arrive one at a time in stream
 * order; each joins the most similar group of earlier articles (a happening and its reports,
 * found by TF-IDF cosine over content words and entity keys, with document frequencies counted
 * on the stream so far) or starts a new one. Each of its event mentions then joins the best
 * compatible event of its group, or founds a new event named after itself. Compatible: the same
 * PLOVER type where both are typed, dates within a window, and a trigger-lemma affinity learnt
 * from ECB+ training topics (how often two lemmas named one event), raised by shared participants
 * and sentence context and lowered by disjoint participants and places.
 *
 * <p>Deterministic: the same stream gives the same ids, whatever the threads or the clock; the
 * caller serialises {@link #add} calls in stream order. Not thread-safe by itself.
 */
public final class EventCoreferencer {

  /**
   * The knobs. {@link #defaults()} were chosen on ECB+ training topics by two-fold cross-validation
   * over topics (EventCorefTuning in annals-eval); ECB+ participants are matched by name only, so
   * there they neither helped nor hurt and carry no weight.
   *
   * @param groupThreshold least cosine for an article to join an existing group
   * @param linkThreshold least score for a mention to join an existing event
   * @param sameLemma affinity of two equal lemmas never counted in training
   * @param minPairCount pseudo-pairs of prior added to counted lemma pairs (smoothing strength)
   * @param argumentBonus added where the mention and the event share a participant
   * @param argumentPenalty taken where both name participants and share none
   * @param contextWeight weight of the sentence-context overlap (Jaccard)
   * @param dateWindowDays two dated mentions further apart are different events
   * @param sameType affinity of two different lemmas of one PLOVER type (both typed)
   * @param relatedLemma affinity of two lemmas of one stem ("shoot"/"shooting", "injure"/"injury")
   *     never counted together in training
   * @param entityWeight weight of entity terms ({@code E:…}) against content words when grouping articles
   * @param nearestArticle compare an article with each article of a group and take the closest
   *     (single link) instead of with the group's centroid
   */
  public record Settings(
      double groupThreshold,
      double linkThreshold,
      double sameLemma,
      int minPairCount,
      double argumentBonus,
      double argumentPenalty,
      double contextWeight,
      int dateWindowDays,
      double sameType,
      double relatedLemma,
      double entityWeight,
      boolean nearestArticle) {

    public static Settings defaults() {
      return new Settings(0.25, 0.4, 0.6, 10, 0.0, 0.0, 0.3, 3, 0.4, 0.45, 1.0, false);
    }

    /**
     * For PLOVER-coded events in production: participants are cross-document entity ids there, so
     * sharing one is strong evidence, and disjoint actors and targets ("Russia struck Kyiv" vs
     * "Ukraine struck Belgorod") keep one type and one trigger word apart.
     */
    public static Settings forPlover() {
      return new Settings(0.25, 0.4, 0.6, 10, 0.2, 0.4, 0.3, 3, 0.3, 0.45, 1.0, false);
    }
  }

  /** One event across articles: what its mentions said of it so far. */
  private static final class Chain {
    final String id;
    final Map<String, Integer> lemmas = new LinkedHashMap<>();
    final Set<String> arguments = new HashSet<>();
    final Set<String> types = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> context = new HashSet<>();
    final List<LocalDate> dates = new ArrayList<>();

    Chain(String id) {
      this.id = id;
    }

    void add(CorefMention m) {
      lemmas.merge(m.lemma(), 1, Integer::sum);
      arguments.addAll(m.arguments());
      if (m.type() != null) {
        types.add(m.type());
      }
      if (m.place() != null) {
        places.add(m.place());
      }
      context.addAll(m.context());
      LocalDate d = day(m.time());
      if (d != null) {
        dates.add(d);
      }
    }
  }

  /** A group of articles about one happening, with the chains of its events. */
  private static final class Group {
    final Map<String, Double> centroid = new HashMap<>();
    final List<Map<String, Double>> articles = new ArrayList<>();
    final List<Chain> chains = new ArrayList<>();
    double norm;

    void addVector(Map<String, Double> v) {
      articles.add(v);
      v.forEach((k, w) -> centroid.merge(k, w, Double::sum));
      double s = 0;
      for (double w : centroid.values()) {
        s += w * w;
      }
      norm = Math.sqrt(s);
    }
  }

  private final Settings settings;
  private final EventLemmaPairs pairs;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private int documents;
  private final List<Group> groups = new ArrayList<>();
  private final Map<String, Chain> chainsById = new HashMap<>();
  private final Map<String, Group> groupOfChain = new HashMap<>();

  private final UnaryOperator<String> eventId;

  public EventCoreferencer(Settings settings, EventLemmaPairs pairs) {
    this(settings, pairs, UnaryOperator.identity());
  }

  /** @param eventId names a new event after the id of the mention that founded it */
  public EventCoreferencer(Settings settings, EventLemmaPairs pairs, UnaryOperator<String> eventId) {
    this.settings = settings;
    this.pairs = pairs;
    this.eventId = eventId;
  }

  public static EventCoreferencer standard() {
    return new EventCoreferencer(Settings.defaults(), EventLemmaPairs.builtIn());
  }

  /** Links one article's mentions; returns each mention's event id (named after its founder mention), in order. */
  public List<String> add(EventDocument doc) {
    Group group = place(doc);
    List<String> out = new ArrayList<>();
    for (CorefMention m : doc.mentions()) {
      Chain best = null;
      double bestScore = settings.linkThreshold();
      for (Chain c : group.chains) {
        double s = score(m, c);
        if (s >= bestScore && (best == null || s > bestScore)) {
          best = c;
          bestScore = s;
        }
      }
      if (best == null) {
        best = new Chain(eventId.apply(m.id()));
        group.chains.add(best);
        chainsById.put(best.id, best);
        groupOfChain.put(best.id, group);
      }
      best.add(m);
      out.add(best.id);
    }
    return out;
  }

  /**
   * Replays an article linked before (after a restart): the article joins its group as it did, and
   * each mention joins the event id it was given, so later articles link as if nothing had stopped.
   */
  public void observe(EventDocument doc, List<String> eventIds) {
    Group group = place(doc);
    for (int i = 0; i < doc.mentions().size() && i < eventIds.size(); i++) {
      String id = eventIds.get(i);
      Chain c = chainsById.get(id);
      if (c == null) {
        c = new Chain(id);
        chainsById.put(id, c);
        groupOfChain.put(id, group);
        group.chains.add(c);
      }
      c.add(doc.mentions().get(i));
    }
  }

  /** The number of article groups formed so far. */
  public int groups() {
    return groups.size();
  }

  private Group place(EventDocument doc) {
    documents++;
    for (String t : doc.terms().keySet()) {
      documentFrequency.merge(t, 1, Integer::sum);
    }
    Map<String, Double> v = vector(doc.terms());
    Group best = null;
    double bestSim = settings.groupThreshold();
    for (Group g : groups) {
      double s = settings.nearestArticle() ? nearest(v, g) : cosine(v, g);
      if (s >= bestSim && (best == null || s > bestSim)) {
        best = g;
        bestSim = s;
      }
    }
    if (best == null) {
      best = new Group();
      groups.add(best);
    }
    best.addVector(v);
    return best;
  }

  /** Unit TF-IDF vector with the document frequencies of the stream so far. */
  private Map<String, Double> vector(Map<String, Integer> terms) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      int df = documentFrequency.getOrDefault(e.getKey(), 1);
      double w = (1 + Math.log(e.getValue())) * Math.log((documents + 1.0) / df)
          * (e.getKey().startsWith("E:") ? settings.entityWeight() : 1);
      if (w > 0) {
        v.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> w / n);
    }
    return v;
  }

  private static double nearest(Map<String, Double> v, Group g) {
    double best = 0;
    for (Map<String, Double> a : g.articles) {
      double dot = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        Double w = a.get(e.getKey());
        if (w != null) {
          dot += e.getValue() * w;
        }
      }
      best = Math.max(best, dot);
    }
    return best;
  }

  private static double cosine(Map<String, Double> v, Group g) {
    if (g.norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      Double w = g.centroid.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot / g.norm;
  }

  /** How well a mention fits an event; negative infinity where they cannot be one. */
  double score(CorefMention m, Chain c) {
    if (m.type() != null && !c.types.isEmpty() && !c.types.contains(m.type())) {
      return Double.NEGATIVE_INFINITY;
    }
    LocalDate d = day(m.time());
    if (d != null && !c.dates.isEmpty()) {
      boolean near = false;
      for (LocalDate other : c.dates) {
        if (Math.abs(ChronoUnit.DAYS.between(d, other)) <= settings.dateWindowDays()) {
          near = true;
          break;
        }
      }
      if (!near) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    double lemma = 0;
    for (String l : c.lemmas.keySet()) {
      lemma = Math.max(lemma, affinity(m.lemma(), l));
    }
    if (m.type() != null && c.types.contains(m.type())) {
      lemma = Math.max(lemma, settings.sameType()); // one PLOVER type told in other words ("strike", "attack")
    }
    if (lemma == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = lemma;
    if (!m.arguments().isEmpty() && !c.arguments.isEmpty()) {
      boolean shared = false;
      for (String a : m.arguments()) {
        if (c.arguments.contains(a)) {
          shared = true;
          break;
        }
      }
      s += shared ? settings.argumentBonus() : -settings.argumentPenalty();
    }
    if (m.place() != null && !c.places.isEmpty() && !c.places.contains(m.place())) {
      s -= settings.argumentPenalty();
    }
    if (!m.context().isEmpty() && !c.context.isEmpty()) {
      int common = 0;
      for (String w : m.context()) {
        if (c.context.contains(w)) {
          common++;
        }
      }
      s += settings.contextWeight() * common / (double) Math.min(m.context().size(), c.context.size());
    }
    return s;
  }

  /** How likely two trigger lemmas name one event when used about one happening. */
  double affinity(String a, String b) {
    double prior = a.equals(b) ? settings.sameLemma() : Lemmas.sameStem(a, b) ? settings.relatedLemma() : 0;
    int[] counted = pairs.counts(a, b);
    if (counted == null) {
      return prior;
    }
    // Few counted pairs say little: shrink towards the prior by minPairCount pseudo-pairs.
    return (counted[0] + settings.minPairCount() * prior) / (counted[1] + settings.minPairCount());
  }

  static LocalDate day(String timex) {
    if (timex == null || timex.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(timex.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
