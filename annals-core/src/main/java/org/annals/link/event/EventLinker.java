package org.annals.link.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.extract.event.EventScale;
import org.annals.extract.place.EntityCountries;
import org.annals.extract.place.Gazetteer;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.link.SnapshotIn;
import org.annals.link.SnapshotOut;
import org.annals.link.StringPool;
import org.annals.model.DatePrecision;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.annals.model.PloverType;

/**
 * Links each article's events (one per real event the article tells, with all its mentions) to
 * cross-document events, one article at a time in stream order.
 *
 * <p>An article's event joins the best earlier event it is compatible with and has a reason to
 * join, or founds a new one. Compatible: the same PLOVER type (interceptions apart from strikes),
 * the same kind of status (what happened, what is planned, what did not happen), actors not on two
 * different sides, places that agree, and times that fit: a date the text gives must fall on the
 * event's day (a day either way; never after the first report of an event only news dates), news
 * that gives no date happened within a few days before its report, a reference with no date
 * ("since the invasion") may point back any distance but never forward. A reason to join: a shared
 * party, place or figure (the same sum or count) with the same trigger word or the same day, two
 * shared parties or places, or, for a reference or news that names no one ("the invasion"), the
 * same word, taken from the event most reported so far. Two events one article keeps apart (told
 * in one sentence) never join one event.
 *
 * <p>An event that names nothing (no party, place, figure or date) and joins nothing is left out:
 * alone it tells a reader nothing. Ids are {@code ArticleIds.derived("v", "articleId/evN")} of
 * the founding event, so one stream gives one set of ids whatever the threads or the clock; a
 * linker rebuilt with {@link #observe} continues where the stopped one was.
 */
public final class EventLinker {

  /** Days before its report within which undated news happened. */
  static final int NEWS_DAYS = 3;
  /** Days either way two dates given for one event may differ (time zones, "overnight"). */
  static final int DATE_SLACK = 1;
  /** Days before a campaign's start whose dates its mentions may still carry. */
  static final int CAMPAIGN_LEAD_DAYS = 7;
  private static final String DISRUPTED = "Disrupted weapons use";
  private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE,
      PloverType.COOPERATE);
  /** Evidence enough to take an article's event for a record (see {@link #score}). */
  static final double ENOUGH = 1.0;
  static final double SAME_WORD = 0.3;
  static final double SAME_DAY = 0.5;
  static final double UNLINKED_WEIGHT = 0.5;
  /**
   * Weight of a figure both tell ("£1bn", "144 prisoners"): as much as an organisation. Only equal
   * figures count, and only for agreement: tolls rise from report to report.
   */
  static final double FIGURE_WEIGHT = 0.6;
  /** Counts below this are too common to single an event out ("two missiles"); sums of money always do. */
  static final int FIGURE_MIN_COUNT = 10;
  /** Parties and places of at least this weight index records for references (countries do not). */
  static final double KEY_WEIGHT = 0.6;
  /** Weight of the cosine between what the article's sentences of an event and the record's say. */
  static final double CONTEXT = 1.25;
  /** Cosine an event that names nothing needs with a record's sentences to join it. */
  static final double BARE_SIMILARITY = 0.2;
  /** Days before its report within which an undated reference finds records by their day, not only by a party. */
  static final int REFERENCE_DAYS = 30;
  /** Evidence an undated article's news needs with a dated record for that record's day to date it. */
  static final double NEWS_DAY_EVIDENCE = 1.5;

  /** One article's event as linking sees it. */
  record Told(String localId, String kind, Set<String> lemmas, Set<String> actors, Set<String> recipients,
      Set<String> places, Set<String> cities, Set<String> actorCountries, Set<String> placeCountries, Set<String> countryPlaces,
      Set<String> figures, Map<String, Double> weights, DatePrecision.Known date, LocalDate reportDate, boolean news, boolean bare,
      boolean campaign, boolean phone, boolean countryWide, Set<Integer> sentences, Map<String, Integer> context) {

    Set<String> parties() {
      Set<String> out = new HashSet<>(actors);
      out.addAll(recipients);
      return out;
    }
  }

  /** One cross-document event: what its mentions said of it so far. */
  private static final class Record {
    final String id;
    final int seq;
    final String kind;
    // a store's linker holds records by the hundred thousand, most told by one article: sets as
    // sorted arrays, counts as sorted pairs of arrays, the shared empty one until something is added
    SortedStrings actors = SortedStrings.EMPTY;
    SortedStrings recipients = SortedStrings.EMPTY;
    SortedStrings places = SortedStrings.EMPTY;
    SortedStrings actorCountries = SortedStrings.EMPTY;
    SortedStrings placeCountries = SortedStrings.EMPTY;
    SortedStrings countryPlaces = SortedStrings.EMPTY;
    /** The cities and towns among its places. */
    SortedStrings cities = SortedStrings.EMPTY;
    /** The figures its mentions gave ({@link #figureKey}). */
    SortedStrings figures = SortedStrings.EMPTY;
    /** The days its mentions gave, each with how many gave it. */
    final TermCounts dayVotes = new TermCounts();
    List<DatePrecision.Known> coarse = Collections.emptyList();
    SortedStrings articles = SortedStrings.EMPTY;
    /** Whether it was told as a call (bit 2), as not a call (bit 1). */
    byte phone;
    final TermCounts lemmas = new TermCounts();
    /** What its sentences said, sorted: summed over in one order whatever history filled it. */
    final TermCounts context = new TermCounts();
    LocalDate firstNews;
    LocalDate firstSeen;

    Record(String id, int seq, String kind) {
      this.id = id;
      this.seq = seq;
      this.kind = kind;
    }

    /** Takes in what one article tells of the event; {@code pool} gives one copy of each string kept. */
    void add(String articleId, Told t, StringPool pool) {
      articles = articles.with(articleId);
      context.addAll(t.context(), pool);
      phone |= t.phone() ? 2 : 1;
      Map<String, Integer> told = new HashMap<>();
      for (String l : t.lemmas()) {
        told.merge(l, 1, Integer::sum);
      }
      lemmas.addAll(told, pool);
      actors = actors.with(t.actors(), pool);
      recipients = recipients.with(t.recipients(), pool);
      places = places.with(t.places(), pool);
      actorCountries = actorCountries.with(t.actorCountries(), pool);
      placeCountries = placeCountries.with(t.placeCountries(), pool);
      countryPlaces = countryPlaces.with(t.countryPlaces(), pool);
      cities = cities.with(t.cities(), pool);
      figures = figures.with(t.figures(), pool);
      if (t.date() != null) {
        if (t.date().day() != null) {
          dayVotes.addAll(Map.of(t.date().day().toString(), 1), pool);
        } else {
          if (coarse.isEmpty()) {
            coarse = new ArrayList<>();
          }
          coarse.add(t.date());
        }
      }
      if (t.news() && t.date() == null && t.reportDate() != null
          && (firstNews == null || t.reportDate().isBefore(firstNews))) {
        firstNews = t.reportDate();
      }
      if (t.reportDate() != null && (firstSeen == null || t.reportDate().isBefore(firstSeen))) {
        firstSeen = t.reportDate();
      }
    }

    /** The day most dated mentions give (earliest on a tie), else the first undated news report's. */
    LocalDate day() {
      String[] best = new String[1];
      int[] votes = new int[1];
      dayVotes.forEach((dayText, n) -> {
        if (n > votes[0]) { // in the days' order: the earliest wins a tie
          best[0] = dayText;
          votes[0] = n;
        }
      });
      return best[0] != null ? LocalDate.parse(best[0]) : firstNews;
    }

    Set<String> parties() {
      Set<String> out = new HashSet<>(actors);
      out.addAll(recipients);
      return out;
    }

    /** Dated ({@code day}, else coarser) more than a year before it was first reported: history told as background. */
    boolean historical(LocalDate day) {
      LocalDate when = day;
      for (DatePrecision.Known k : coarse) {
        if (when == null || k.last().isAfter(when)) {
          when = k.last();
        }
      }
      return when != null && firstSeen != null && when.isBefore(firstSeen.minusYears(1));
    }
  }

  /** Evidence that actors of one country give where no actor is shared, in what is said or agreed. */
  static final double SAME_SIDE = 0.4;
  private static final String DEBUG = System.getProperty("annals.debug.link");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * An article's campaigns link before its incidents, and within each what names a party or place
   * before what names nothing ("the invasion launched in the early hours" then finds the war the
   * article's later sentences name); a stable sort keeps text order within each.
   */
  private static final java.util.Comparator<Told> LINK_ORDER = java.util.Comparator.<Told, Boolean>comparing(
      t -> !t.campaign()).thenComparing(Told::bare);
  private final EntityCountries countries = new EntityCountries(Gazetteer.builtIn());
  private final Map<String, List<Record>> byKind = new HashMap<>();
  /** Records by kind and by a day they were dated or reported on: the candidates of dated news. */
  private final Map<String, java.util.TreeMap<LocalDate, Records>> byDay = new HashMap<>();
  /** Records by kind and a party or place that singles them out: the candidates of references. */
  private final Map<String, Records> byKey = new HashMap<>();
  /** In how many articles so far each context term occurs, for its weight. */
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  /**
   * One copy of each term, party and day kept in the records: each article brings its own copies,
   * and a store's records would otherwise hold millions of equal strings.
   */
  private final StringPool strings = new StringPool();
  private int documents;
  private final Map<String, Record> byId = new HashMap<>();
  private int records;

  /**
   * Links one article's events.
   *
   * @param articleId the article's content hash
   * @param entities the article's entity ids ({@code e1}…) mapped to cross-document entities
   * @param date the document date used, or null
   * @return local event id ({@code ev1}…) to cross-document event id, in the article's event order;
   *     an event that names nothing and joins nothing has no entry
   */
  public synchronized Map<String, String> link(
      String articleId, Extraction x, Map<String, LinkedEntity> entities, LocalDate date) {
    List<Told> told = told(x, entities, date);
    count(told);
    Map<String, String> linked = new HashMap<>();
    List<Record> touched = new ArrayList<>();
    List<Told> touchedBy = new ArrayList<>();
    // campaigns first: the war the article dates is there for the attacks that start it
    List<Told> order = new ArrayList<>(told);
    order.sort(LINK_ORDER);
    for (Told t : order) {
      Record best = null;
      double bestScore = 0;
      boolean debug = DEBUG != null && articleId.startsWith(DEBUG);
      if (debug) {
        System.err.println("LINK " + articleId + " " + t);
      }
      for (Record r : candidates(t)) {
        if (keptApart(t, r, touched, touchedBy)) {
          continue;
        }
        double s = score(t, r, similarity(t, r));
        if (debug && (r.articles.size() > 5 || s > 0)) {
          System.err.println("   " + r.id + " n=" + r.articles.size() + " day=" + r.day() + " fit=" + timesFit(t, r, r.day())
              + " score=" + s + " actors=" + r.actors.size() + " lemmas=" + r.lemmas.terms() + " places=" + r.places + " cities=" + r.cities + " pc=" + r.placeCountries + " cp=" + r.countryPlaces + " agree=" + placesAgree(t, r));
        }
        if (s > bestScore) {
          best = r;
          bestScore = s;
        }
      }
      Record start = campaignStart(t, touched);
      if (start != null && (best == null || bestScore < ENOUGH + SAME_DAY)) {
        best = start;
      }
      if (best == null) {
        if (t.bare()) {
          continue;
        }
        best = found(ArticleIds.derived("v", articleId + "/" + t.localId()), t.kind());
      }
      best.add(articleId, t, strings);
      index(best, t);
      touched.add(best);
      touchedBy.add(t);
      linked.put(t.localId(), best.id);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Told t : told) {
      if (linked.containsKey(t.localId())) {
        out.put(t.localId(), linked.get(t.localId()));
      }
    }
    return out;
  }

  /**
   * The days of the dated records that an undated article's news would join, without linking it:
   * what the article reports may date it ({@code DocumentDateInference#fromNews}). Only news that
   * happened, matched on more than a country and a word ({@link #NEWS_DAY_EVIDENCE}).
   */
  public synchronized List<LocalDate> newsDays(Extraction x, Map<String, LinkedEntity> entities) {
    List<LocalDate> out = new ArrayList<>();
    for (Told t : told(x, entities, null)) {
      if (!t.news() || t.campaign() || t.bare() || t.date() != null || !t.kind().contains("|real|")) {
        continue;
      }
      Record best = null;
      double bestScore = 0;
      for (Record r : candidates(t)) {
        double s = score(t, r, similarity(t, r));
        if (s > bestScore) {
          best = r;
          bestScore = s;
        }
      }
      if (best != null && bestScore >= NEWS_DAY_EVIDENCE && best.day() != null) {
        out.add(best.day());
      }
    }
    return out;
  }

  /** Replays an article stored earlier, so that linking after a restart continues where it stopped. */
  public synchronized void observe(LinkedArticle stored) {
    List<Told> told = new ArrayList<>(told(stored.extraction(), stored.links().entities(), stored.links().date()));
    count(told);
    told.sort(LINK_ORDER); // as link() took them
    for (Told t : told) {
      String id = stored.links().events().get(t.localId());
      if (id == null) {
        continue;
      }
      Record r = byId.get(id);
      if (r == null) {
        r = found(id, t.kind());
      }
      r.add(stored.links().articleId(), t, strings);
      index(r, t);
    }
  }

  /** Writes the records and their indexes, for {@link #load} into a new linker. */
  public synchronized void save(SnapshotOut out) {
    out.count(documents);
    out.count(records);
    out.sortedCounts(documentFrequency);
    List<Record> all = new ArrayList<>(byId.values());
    all.sort(java.util.Comparator.comparingInt(r -> r.seq));
    out.count(all.size());
    for (Record r : all) {
      out.string(r.id);
      out.count(r.seq);
      out.string(r.kind);
      r.lemmas.save(out);
      for (SortedStrings set : List.of(r.actors, r.recipients, r.places, r.actorCountries, r.placeCountries,
          r.countryPlaces, r.cities, r.figures)) {
        out.strings(set);
      }
      r.dayVotes.save(out);
      out.count(r.coarse.size());
      for (DatePrecision.Known k : r.coarse) {
        out.string(k.value());
        out.count(k.precision().ordinal());
        out.date(k.first());
        out.date(k.last());
      }
      out.strings(r.articles);
      out.count(Integer.bitCount(r.phone));
      for (int bit = 1; bit <= 2; bit++) {
        if ((r.phone & bit) != 0) {
          out.flag(bit == 2);
        }
      }
      r.context.save(out);
      out.date(r.firstNews);
      out.date(r.firstSeen);
    }
    out.count(byDay.size());
    for (Map.Entry<String, java.util.TreeMap<LocalDate, Records>> kind : SnapshotOut.sorted(byDay)) {
      out.string(kind.getKey());
      out.count(kind.getValue().size());
      for (Map.Entry<LocalDate, Records> day : kind.getValue().entrySet()) {
        out.date(day.getKey());
        saveSeqs(out, day.getValue());
      }
    }
    out.count(byKey.size());
    for (Map.Entry<String, Records> key : SnapshotOut.sorted(byKey)) {
      out.string(key.getKey());
      saveSeqs(out, key.getValue());
    }
  }

  private static void saveSeqs(SnapshotOut out, Records rs) {
    out.count(rs.size);
    for (int i = 0; i < rs.size; i++) {
      out.count(rs.items[i].seq);
    }
  }

  /** Takes the state {@link #save} wrote into this linker, which must be new. */
  public synchronized void load(SnapshotIn in) {
    if (documents != 0 || !byId.isEmpty()) {
      throw new IllegalStateException("load into a linker that has seen articles");
    }
    documents = in.count();
    records = in.count();
    in.counts(() -> documentFrequency);
    DatePrecision[] precisions = DatePrecision.values();
    Record[] bySeq = new Record[records]; // a record's seq is its place in creation order
    int n = in.count();
    for (int i = 0; i < n; i++) {
      Record r = new Record(in.string(), in.count(), in.string());
      r.lemmas.load(in);
      r.actors = loadSet(in);
      r.recipients = loadSet(in);
      r.places = loadSet(in);
      r.actorCountries = loadSet(in);
      r.placeCountries = loadSet(in);
      r.countryPlaces = loadSet(in);
      r.cities = loadSet(in);
      r.figures = loadSet(in);
      r.dayVotes.loadAnyOrder(in, strings); // earlier builds wrote them in the order told
      int coarse = in.count();
      if (coarse > 0) {
        r.coarse = new ArrayList<>();
        for (int c = 0; c < coarse; c++) {
          r.coarse.add(new DatePrecision.Known(in.string(), precisions[in.count()], in.date(), in.date()));
        }
      }
      r.articles = loadSet(in);
      int phones = in.count();
      for (int p = 0; p < phones; p++) {
        r.phone |= in.flag() ? 2 : 1;
      }
      r.context.load(in);
      r.firstNews = in.date();
      r.firstSeen = in.date();
      byKind.computeIfAbsent(r.kind, k -> new ArrayList<>()).add(r);
      byId.put(r.id, r);
      bySeq[r.seq] = r;
    }
    int kinds = in.count();
    for (int i = 0; i < kinds; i++) {
      java.util.TreeMap<LocalDate, Records> days = new java.util.TreeMap<>();
      byDay.computeIfAbsent(in.string(), k -> days);
      int size = in.count();
      for (int d = 0; d < size; d++) {
        days.put(in.date(), loadSeqs(in, bySeq));
      }
    }
    int keys = in.count();
    for (int i = 0; i < keys; i++) {
      String key = in.string();
      Records rs = loadSeqs(in, bySeq);
      byKey.computeIfAbsent(key, k -> rs);
    }
  }

  /** A record's set as {@link Record#add} keeps it. */
  private static SortedStrings loadSet(SnapshotIn in) {
    return SortedStrings.ofArray(in.stringArray());
  }

  private static Records loadSeqs(SnapshotIn in, Record[] bySeq) {
    int n = in.count();
    int[] seqs = new int[n];
    for (int i = 0; i < n; i++) {
      seqs[i] = in.count();
    }
    Arrays.sort(seqs); // in creation order (earlier builds wrote them as filed)
    Records out = new Records(n);
    for (int seq : seqs) {
      out.add(bySeq[seq]);
    }
    return out;
  }

  /**
   * The records filed under one day or key, in creation order, without repeats: an array where
   * a linked hash set took six times the memory (a store's linker files millions).
   */
  private static final class Records {
    Record[] items;
    int size;

    Records(int capacity) {
      items = new Record[Math.max(1, capacity)];
    }

    void add(Record r) {
      int at = size == 0 || items[size - 1].seq < r.seq ? -size - 1 : find(r.seq);
      if (at >= 0) {
        return;
      }
      int insert = -at - 1;
      if (size == items.length) {
        items = Arrays.copyOf(items, size + Math.max(1, size >> 1));
      }
      System.arraycopy(items, insert, items, insert + 1, size - insert);
      items[insert] = r;
      size++;
    }

    private int find(int seq) {
      int lo = 0;
      int hi = size - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int s = items[mid].seq;
        if (s < seq) {
          lo = mid + 1;
        } else if (s > seq) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -lo - 1;
    }

    void addTo(Collection<Record> out) {
      for (int i = 0; i < size; i++) {
        out.add(items[i]);
      }
    }
  }

  /**
   * The records an article's event may be: every campaign of its kind; for an incident, those
   * dated or reported within the days it may fit, and those sharing a person, organisation or
   * town with it. In creation order, so that ties go to the older.
   */
  private Collection<Record> candidates(Told t) {
    if (t.campaign()) {
      return byKind.getOrDefault(t.kind(), List.of());
    }
    Set<Record> out = new java.util.TreeSet<>(java.util.Comparator.comparingInt(r -> r.seq));
    java.util.TreeMap<LocalDate, Records> days = byDay.get(t.kind());
    LocalDate from = null;
    LocalDate to = null;
    if (t.date() != null) {
      from = t.date().first().minusDays(NEWS_DAYS + DATE_SLACK);
      to = t.date().last().plusDays(NEWS_DAYS + DATE_SLACK);
    } else if (t.news() && t.reportDate() != null) {
      from = t.reportDate().minusDays(NEWS_DAYS + DATE_SLACK);
      to = t.reportDate().plusDays(NEWS_DAYS + DATE_SLACK);
    } else if (t.reportDate() != null && t.kind().contains("|real|")) {
      // an undated reference names what happened in the weeks before ("Erdoğan says Turkey will not
      // approve Sweden and Finland joining"), though its parties be countries, which index nothing
      from = t.reportDate().minusDays(REFERENCE_DAYS);
      to = t.reportDate().plusDays(DATE_SLACK);
    }
    if (days != null && from != null) {
      for (Records rs : days.subMap(from, true, to, true).values()) {
        rs.addTo(out);
      }
    }
    for (String k : keys(t)) {
      Records rs = byKey.get(t.kind() + "|" + k);
      if (rs != null) {
        rs.addTo(out);
      }
    }
    return out;
  }

  /** Files a record under the days and the singling-out keys the article's event gave it. */
  private void index(Record r, Told t) {
    java.util.TreeMap<LocalDate, Records> days = byDay.computeIfAbsent(t.kind(), k -> new java.util.TreeMap<>());
    if (t.date() != null) {
      days.computeIfAbsent(t.date().first(), d -> new Records(1)).add(r);
    }
    if (t.reportDate() != null) {
      days.computeIfAbsent(t.reportDate(), d -> new Records(1)).add(r);
    }
    for (String k : keys(t)) {
      byKey.computeIfAbsent(t.kind() + "|" + k, x -> new Records(1)).add(r);
    }
  }

  /** What singles an article's event out for the key index: its parties and places of weight, its figures. */
  private static List<String> keys(Told t) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> k : t.weights().entrySet()) {
      if (k.getValue() >= KEY_WEIGHT) {
        out.add(k.getKey());
      }
    }
    out.addAll(t.figures());
    return out;
  }

  private Record found(String id, String kind) {
    Record r = new Record(id, records++, kind);
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
    byId.put(id, r);
    return r;
  }

  /**
   * An attack on a whole country by another on the day a campaign between them starts is that
   * campaign's start ("Russia launched an attack on Ukraine" on the day of the invasion): the
   * campaign, or null.
   */
  private Record campaignStart(Told t, List<Record> touched) {
    // "Russia's attack on Ukraine", "Russia's attack on Ukrainians", "launching this attack on
    // Ukraine": who attacked is a country or no one named, the attacked a country or its people;
    // or an attack launched where no place is named by one who started a campaign that day
    // ("Vladimir Putin launched this attack")
    boolean launchedNowhere = t.places().isEmpty() && !t.actors().isEmpty()
        && t.lemmas().stream().anyMatch(EventScale::startVerb);
    if (t.campaign() || !t.kind().startsWith("ASSAULT|real")
        || !launchedNowhere && (!t.countryWide() || t.actorCountries().isEmpty() && !t.actors().isEmpty())) {
      return null;
    }
    String campaignKind = t.kind().replace("|incident", "|campaign");
    if (launchedNowhere) {
      for (Record r : touched) {
        if (r.kind.equals(campaignKind) && (intersects(t.actors(), r.actors) || t.actorCountries().isEmpty()
            || intersects(t.actorCountries(), r.actorCountries))) {
          return r; // the war this article tells of, launched by no one known to be of another side
        }
      }
    }
    // undated, news happened at the latest on the day it is told (news of that day, or a reaction
    // to it); an undated reference ("since the Russian attack on Ukraine") points back to any start
    LocalDate when = t.date() != null ? t.date().day() : t.reportDate();
    if (when == null) {
      return null;
    }
    boolean pointsBack = t.date() == null && !t.news();
    Record best = null;
    for (Record r : byKind.getOrDefault(campaignKind, List.of())) {
      LocalDate day = r.day();
      if (day != null && (pointsBack ? !day.isAfter(when.plusDays(DATE_SLACK))
              : Math.abs(ChronoUnit.DAYS.between(day, when)) <= DATE_SLACK)
          && (t.actors().isEmpty() || intersects(t.actorCountries(), r.actorCountries)
              || launchedNowhere && intersects(t.actors(), r.actors))
          && r.countryPlaces.containsAll(t.placeCountries())
          && (best == null || r.articles.size() > best.articles.size())) {
        best = r;
      }
    }
    return best;
  }

  /** Counts the article's context terms once each, for their document frequency. */
  private void count(List<Told> told) {
    documents++;
    Set<String> seen = new HashSet<>();
    for (Told t : told) {
      seen.addAll(t.context().keySet());
    }
    for (String term : seen) {
      documentFrequency.merge(strings.of(term), 1, Integer::sum);
    }
  }

  /**
   * The cosine of TF-IDF vectors of what the sentences of an article's event say (their words and
   * the entities they name) and what the record's sentences said so far.
   */
  private double similarity(Told t, Record r) {
    if (t.context().isEmpty() || r.context.isEmpty()) {
      return 0;
    }
    double dot = 0;
    double nt = 0;
    for (Map.Entry<String, Integer> e : t.context().entrySet()) {
      double w = weight(e.getKey(), e.getValue());
      nt += w * w;
      int other = r.context.get(e.getKey());
      if (other > 0) {
        dot += w * weight(e.getKey(), other);
      }
    }
    if (dot == 0) {
      return 0;
    }
    double[] nr = {0};
    r.context.forEach((term, count) -> {
      double w = weight(term, count);
      nr[0] += w * w;
    });
    return dot / Math.sqrt(nt * nr[0]);
  }

  private double weight(String term, int count) {
    int df = documentFrequency.getOrDefault(term, 1);
    return (1 + Math.log(count)) * Math.log((documents + 1.0) / df);
  }

  /**
   * Two events one article tells in one sentence, one of them in that sentence alone ("the onslaught
   * came a night after Russia fired 741 drones"), are two events: they never share a record.
   */
  private static boolean keptApart(Told t, Record r, List<Record> touched, List<Told> touchedBy) {
    for (int i = 0; i < touched.size(); i++) {
      Told other = touchedBy.get(i);
      if (t.campaign() && other.campaign() && sameHappening(t.lemmas(), other.lemmas())) {
        continue; // "the war in Ukraine, which began when Russian forces invaded": one war named twice
      }
      if (touched.get(i) == r && (t.sentences().size() == 1 || other.sentences().size() == 1)) {
        for (int s : other.sentences()) {
          if (t.sentences().contains(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean sameHappening(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (EventScale.sameHappening(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How well an article's event fits a record; 0 where it cannot be that event or has no reason to
   * be. The reason is what they share, weighed by how much it singles an event out: a person or a
   * town counts 1, an organisation 0.6, a country or nationality 0.4 (Russia takes part in
   * thousands of events); the same word adds 0.3, the same day given in the text 0.5; 1 is enough.
   * A reference that names no one, "the invasion", needs the same word and a campaign, and takes
   * the most reported such event.
   */
  static double score(Told t, Record r, double similarity) {
    LocalDate day = r.day();
    if (!timesFit(t, r, day)) {
      return 0;
    }
    PloverType type = PloverType.valueOf(t.kind().substring(0, t.kind().indexOf('|')));
    boolean symmetric = SYMMETRIC.contains(type);
    Set<String> mine = symmetric ? t.parties() : t.actors();
    Set<String> theirs = symmetric ? r.parties() : r.actors;
    if (!mine.isEmpty() && !theirs.isEmpty() && !intersects(mine, theirs) && !t.actorCountries().isEmpty()
        && !r.actorCountries.isEmpty() && !intersects(t.actorCountries(), r.actorCountries)) {
      return 0; // two sides: "Russia struck" and "Ukraine struck"
    }
    if (!placesAgree(t, r)) {
      return 0;
    }
    if (type == PloverType.CONSULT && (r.phone & (t.phone() ? 2 : 1)) == 0) {
      return 0; // a call is not a visit
    }
    double shared = 0;
    Set<String> keys = new HashSet<>(t.parties());
    keys.addAll(t.places());
    for (String k : keys) {
      if (r.actors.contains(k) || r.recipients.contains(k) || r.places.contains(k)) {
        shared += t.weights().getOrDefault(k, UNLINKED_WEIGHT);
      }
    }
    for (String f : t.figures()) {
      if (r.figures.contains(f)) {
        shared += FIGURE_WEIGHT;
      }
    }
    if (type.said() && !t.actors().isEmpty() && !intersects(t.actors(), r.actors)
        && intersects(t.actorCountries(), r.actorCountries)) {
      shared += SAME_SIDE; // "Ukraine asked" and "Zelenskiy asked": a state and its leader say one thing
    }
    boolean sameWord = sameHappening(t.lemmas(), r.lemmas.terms());
    boolean sameDay = t.date() != null && t.date().day() != null && t.date().day().equals(day);
    double evidence = shared + (sameWord ? SAME_WORD : 0) + (sameDay ? SAME_DAY : 0) + CONTEXT * similarity;
    boolean reason;
    if (t.campaign()) {
      // one war between the same parties: the same word and no other side is enough; "the war"
      // with no date or party is the war of the day, not one of history ("since 1945")
      // ("Moscow had to invade" is Russia's war: a capital, a state and its people are one side)
      reason = sameWord && (shared > 0 || t.parties().isEmpty() || noParties(r)
          || !t.actors().isEmpty() && intersects(t.actorCountries(), r.actorCountries))
          && !(t.date() == null && r.historical(day));
    } else if (t.bare()) {
      // "the deal", "the memorandum": named by nothing, it joins only what its sentences tell of
      reason = sameWord && similarity >= BARE_SIMILARITY;
    } else if (t.news() || t.date() != null) {
      reason = evidence >= ENOUGH;
    } else {
      reason = sameWord && shared >= ENOUGH;
    }
    if (!reason) {
      return 0;
    }
    // the more reports an event has, the likelier a reference means it
    return evidence + Math.log1p(r.articles.size()) / 10 - r.seq * 1e-9;
  }

  private static boolean noParties(Record r) {
    return r.actors.isEmpty() && r.recipients.isEmpty();
  }

  /**
   * Whether the article's event may be the record's in time: a date the text gives must overlap the
   * record's (a day either way for two days); undated news happened within {@link #NEWS_DAYS} before
   * its report; a reference with no date points back, never forward.
   */
  static boolean timesFit(Told t, Record r, LocalDate day) {
    if (t.date() != null) {
      if (day != null && t.campaign()) {
        // a campaign goes on from its start: any later date falls within it (and what led up to
        // it is told with dates of the days before)
        return !t.date().last().plusDays(CAMPAIGN_LEAD_DAYS).isBefore(day);
      }
      if (day != null && r.dayVotes.isEmpty() && r.firstNews != null && t.date().first().isAfter(r.firstNews)) {
        return false; // a record only its news dates happened by its first report: a later day is another event
      }
      if (day != null) {
        return t.date().first().minusDays(DATE_SLACK).compareTo(day) <= 0
            && day.compareTo(t.date().last().plusDays(DATE_SLACK)) <= 0;
      }
      for (DatePrecision.Known k : r.coarse) {
        if (!k.overlaps(t.date())) {
          return false;
        }
      }
      // a record no mention dates is of the days it was told: not of a year long before them
      return !r.coarse.isEmpty() || r.firstSeen == null || !t.date().last().isBefore(r.firstSeen.minusYears(1));
    }
    if (t.reportDate() == null) {
      return true;
    }
    if (t.news()) {
      if (r.historical(day)) {
        return false; // news of the day is not an event of history ("the 2010 summit")
      }
      if (day == null) {
        return r.firstSeen == null || Math.abs(ChronoUnit.DAYS.between(r.firstSeen, t.reportDate())) <= NEWS_DAYS;
      }
      long before = ChronoUnit.DAYS.between(day, t.reportDate());
      return before >= -DATE_SLACK && before <= NEWS_DAYS;
    }
    return day == null || !day.isAfter(t.reportDate().plusDays(DATE_SLACK));
  }

  /**
   * Places agree where one is shared, or one is a country the other lies in ("Ukraine", "Kyiv"), or
   * the one side names only countries and the other only places of no known country ("Ukraine",
   * "Snake Island"): places are told apart only where they are known to differ. A campaign agrees
   * with any place in a country it is fought in.
   */
  private static boolean placesAgree(Told t, Record r) {
    if (t.places().isEmpty() || r.places.isEmpty()) {
      return true;
    }
    if (t.campaign()) {
      // a war spans its towns: any place in a country it names as its place (else in a country of
      // its places), or of no known country, is its
      Set<String> foughtIn = r.countryPlaces.isEmpty() ? r.placeCountries : r.countryPlaces;
      return t.placeCountries().isEmpty() || foughtIn.isEmpty() || intersects(t.placeCountries(), foughtIn);
    }
    if (!t.cities().isEmpty() && !r.cities.isEmpty() && !intersects(t.cities(), r.cities)) {
      return false; // Kharkiv and Kremenchuk: two cities, whatever country both lie in
    }
    if (intersects(t.places(), r.places)) {
      return true;
    }
    return !t.countryPlaces().isEmpty() && intersects(t.countryPlaces(), r.placeCountries)
        || !r.countryPlaces.isEmpty() && intersects(r.countryPlaces, t.placeCountries())
        || t.placeCountries().isEmpty() && !r.countryPlaces.isEmpty() && r.countryPlaces.containsAll(r.placeCountries)
        || r.placeCountries.isEmpty() && !t.countryPlaces().isEmpty() && t.countryPlaces().containsAll(t.placeCountries());
  }

  /** What linking needs of each of the article's events. */
  List<Told> told(Extraction x, Map<String, LinkedEntity> entities, LocalDate reportDate) {
    Map<String, String> country = countries.of(x.entities(), x.places());
    Map<String, EntityType> types = new HashMap<>();
    for (Entity e : x.entities()) {
      types.put(e.id(), e.type());
    }
    Set<String> countryIds = Place.entitiesOf(x.places(), PlaceKind.COUNTRY);
    Set<String> cityIds = Place.entitiesOf(x.places(), PlaceKind.CITY);
    Map<String, String> within = Place.containers(x.places());
    List<Told> out = new ArrayList<>();
    for (Event e : x.events()) {
      Set<String> lemmas = new LinkedHashSet<>();
      Set<Integer> inSentences = new HashSet<>();
      for (EventMention m : e.mentions()) {
        if (!m.said()) { // "said" names no kind of happening
          lemmas.add(m.lemma() != null ? m.lemma() : triggerLemma(m.trigger().text()));
        }
        inSentences.add(m.evidence().start());
      }
      Set<String> actors = new LinkedHashSet<>();
      Set<String> actorCountries = new HashSet<>();
      for (EntityRef r : e.actors()) {
        actors.add(key(r, entities));
        if (r.entity() != null && country.containsKey(r.entity())) {
          actorCountries.add(country.get(r.entity()));
        }
      }
      Set<String> recipients = new LinkedHashSet<>();
      Set<String> places = new LinkedHashSet<>();
      Set<String> placeCountries = new HashSet<>();
      Set<String> countryPlaces = new HashSet<>();
      List<EntityRef> placeRefs = new ArrayList<>();
      if (e.location() != null) {
        placeRefs.add(e.location());
      }
      for (EntityRef r : e.recipients()) {
        recipients.add(key(r, entities));
        if (r.entity() != null && types.get(r.entity()) == EntityType.LOCATION) {
          placeRefs.add(r);
        }
      }
      Set<String> cities = new HashSet<>();
      Set<String> containing = new HashSet<>();
      for (EntityRef r : placeRefs) {
        places.add(key(r, entities));
        if (r.entity() != null && cityIds.contains(r.entity())) {
          cities.add(key(r, entities));
        }
        String city = r.entity() == null ? null : within.get(r.entity());
        LinkedEntity cityEntity = city == null ? null : entities.get(city);
        if (cityEntity != null) {
          // "the Azovstal steelworks in Mariupol": a report of Azovstal is a report from Mariupol
          places.add(cityEntity.id());
          cities.add(cityEntity.id());
          containing.add(cityEntity.id());
        }
        String c = r.entity() == null ? null : country.get(r.entity());
        if (c != null) {
          placeCountries.add(c);
          if (countryIds.contains(r.entity())) {
            countryPlaces.add(c);
          }
        }
      }
      Map<String, Double> weights = new HashMap<>();
      List<EntityRef> all = new ArrayList<>(e.actors());
      all.addAll(e.recipients());
      all.addAll(placeRefs);
      for (EntityRef r : all) {
        weights.put(key(r, entities), weight(r, types, countryIds));
      }
      for (String city : containing) {
        weights.putIfAbsent(city, 1.0); // a town, as a town named outright weighs
      }
      DatePrecision.Known date = e.date() == null ? null : DatePrecision.of(e.date().value());
      boolean bare = e.actors().isEmpty() && e.recipients().isEmpty() && e.location() == null && e.figures().isEmpty()
          && date == null;
      boolean campaign = false;
      for (String l : lemmas) {
        campaign |= EventScale.campaign(l);
      }
      // a war is not news of the day it is written about: undated, it dates nothing
      boolean news = e.reported() && !(campaign && date == null);
      String kind = e.type().name() + "|" + status(e.status()) + "|" + (DISRUPTED.equals(e.acled()) ? "d" : "")
          + "|" + (campaign ? "campaign" : "incident");
      Set<String> figures = new HashSet<>();
      for (int i : e.figures()) {
        String f = figureKey(x.figures().get(i));
        if (f != null) {
          figures.add(f);
        }
      }
      out.add(new Told(e.id(), kind, lemmas, actors, recipients, places, cities, actorCountries, placeCountries,
          countryPlaces, figures, weights, date, reportDate, news, bare, campaign, "phone".equals(e.mode()),
          countryWide(placeRefs, places, placeCountries, countryPlaces, e.recipients(), types, country),
          inSentences, context(x, e, entities)));
    }
    return out;
  }

  /**
   * Told of whole countries: every place it names is a country ("an attack on Ukraine"), or it
   * names no place and whom it was done to are the people of a country ("an attack on Ukrainians").
   */
  private static boolean countryWide(List<EntityRef> placeRefs, Set<String> places, Set<String> placeCountries,
      Set<String> countryPlaces, List<EntityRef> recipients, Map<String, EntityType> types, Map<String, String> country) {
    if (!placeRefs.isEmpty()) {
      return countryPlaces.size() == placeCountries.size() && placeCountries.size() == places.size();
    }
    if (recipients.isEmpty()) {
      return false;
    }
    for (EntityRef r : recipients) {
      if (r.entity() == null || types.get(r.entity()) != EntityType.NORP || !country.containsKey(r.entity())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A figure as linking compares it, "MONEY|GBP|1.0E9" or "CAPTURED||144"; null for running tallies,
   * shares, distances, uncounted kinds and small counts.
   */
  static String figureKey(Figure f) {
    if (f.aggregate() || f.category() == FigureCategory.PERCENT || f.category() == FigureCategory.DISTANCE
        || f.category() == FigureCategory.OTHER
        || f.category() != FigureCategory.MONEY && f.value() < FIGURE_MIN_COUNT) {
      return null;
    }
    return f.category().name() + "|" + (f.unit() == null ? "" : f.unit()) + "|" + f.value();
  }

  /** How much a party or place singles an event out: a person or town more than a country. */
  private static double weight(EntityRef r, Map<String, EntityType> types, Set<String> countryIds) {
    if (r.entity() == null) {
      return UNLINKED_WEIGHT;
    }
    if (countryIds.contains(r.entity())) {
      return 0.4;
    }
    EntityType type = types.get(r.entity());
    if (type == null) {
      return UNLINKED_WEIGHT;
    }
    return switch (type) {
      case PERSON, LOCATION -> 1.0;
      case ORGANIZATION -> 0.6;
      case NORP -> 0.4;
      case MISC -> UNLINKED_WEIGHT;
    };
  }

  /**
   * What the sentences of an event say: their content words (four letters or more) and the
   * cross-document entities they name, each counted once per sentence.
   */
  private static Map<String, Integer> context(Extraction x, Event e, Map<String, LinkedEntity> entities) {
    Map<String, Integer> out = new HashMap<>();
    String text = x.article().text();
    Set<Integer> done = new HashSet<>();
    for (EventMention m : e.mentions()) {
      if (!done.add(m.evidence().start())) {
        continue;
      }
      Set<String> terms = new HashSet<>();
      for (String w : NOT_WORD.split(text.substring(m.evidence().start(), m.evidence().end()).toLowerCase(Locale.ROOT))) {
        if (w.length() >= 4) {
          terms.add(w);
        }
      }
      for (Entity en : x.entities()) {
        LinkedEntity le = entities.get(en.id());
        if (le == null) {
          continue;
        }
        for (org.annals.model.Mention em : en.mentions()) {
          if (m.evidence().contains(em.span())) {
            terms.add("E:" + le.id());
            break;
          }
        }
      }
      for (String t : terms) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Linking keeps what happened (or is denied to have happened) apart from what is planned or
   * possible, and both apart from what is told not to have happened.
   */
  private static String status(EventStatus s) {
    if (s == EventStatus.NEGATED) {
      return "not"; // "our army does not attack civilian sites": no report of what happened
    }
    return s == EventStatus.FUTURE || s == EventStatus.HYPOTHETICAL ? "unreal" : "real";
  }

  private static String key(EntityRef r, Map<String, LinkedEntity> entities) {
    LinkedEntity le = r.entity() == null ? null : entities.get(r.entity());
    return le != null ? le.id() : "t:" + r.text().toLowerCase(Locale.ROOT);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** A rough lemma of a trigger's last word without a tagger: lower case, common inflections removed. */
  static String triggerLemma(String trigger) {
    String[] words = SPACES.split(trigger.toLowerCase(Locale.ROOT).trim());
    String w = words[words.length - 1];
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
