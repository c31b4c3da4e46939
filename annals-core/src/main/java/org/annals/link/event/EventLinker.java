package org.annals.link.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.event.Lemmas;
import org.annals.extract.place.EntityCountries;
import org.annals.extract.place.Gazetteer;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.DatePrecision;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.Extraction;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.annals.model.PloverType;

/**
 * Links each article's events (one per real event the article tells, with all its mentions) to
 * cross-document events, one article at a time in stream order.
 *
 * <p>An article's event joins the best earlier event it is compatible with and has a reason to
 * join, or founds a new one. Compatible: the same PLOVER type (interceptions apart from strikes),
 * the same kind of status (what happened, what is planned), actors not on two different sides,
 * places that agree, and times that fit: a date the text gives must fall on the event's day (a day
 * either way), news that gives no date happened within a few days before its report, a reference
 * with no date ("since the invasion") may point back any distance but never forward. A reason to
 * join: a shared party or place with the same trigger word or the same day, two shared parties or
 * places, or, for a reference or news that names no one ("the invasion"), the same word, taken
 * from the event most reported so far. Two events one article keeps apart (told in one sentence)
 * never join one event.
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
  private static final String DISRUPTED = "Disrupted weapons use";
  private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE,
      PloverType.COOPERATE);

  /** One article's event as linking sees it. */
  record Told(String localId, String kind, Set<String> lemmas, Set<String> actors, Set<String> recipients,
      Set<String> places, Set<String> actorCountries, Set<String> placeCountries, Set<String> countryPlaces,
      DatePrecision.Known date, LocalDate reportDate, boolean news, boolean bare, Set<Integer> sentences) {

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
    final Map<String, Integer> lemmas = new HashMap<>();
    final Set<String> actors = new HashSet<>();
    final Set<String> recipients = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> actorCountries = new HashSet<>();
    final Set<String> placeCountries = new HashSet<>();
    final Set<String> countryPlaces = new HashSet<>();
    final Map<String, Integer> dayVotes = new LinkedHashMap<>();
    final List<DatePrecision.Known> coarse = new ArrayList<>();
    final Set<String> articles = new HashSet<>();
    LocalDate firstNews;
    LocalDate firstSeen;

    Record(String id, int seq, String kind) {
      this.id = id;
      this.seq = seq;
      this.kind = kind;
    }

    void add(String articleId, Told t) {
      articles.add(articleId);
      for (String l : t.lemmas()) {
        lemmas.merge(l, 1, Integer::sum);
      }
      actors.addAll(t.actors());
      recipients.addAll(t.recipients());
      places.addAll(t.places());
      actorCountries.addAll(t.actorCountries());
      placeCountries.addAll(t.placeCountries());
      countryPlaces.addAll(t.countryPlaces());
      if (t.date() != null) {
        if (t.date().day() != null) {
          dayVotes.merge(t.date().day().toString(), 1, Integer::sum);
        } else {
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
      String best = null;
      int votes = 0;
      for (Map.Entry<String, Integer> e : dayVotes.entrySet()) {
        if (e.getValue() > votes || (e.getValue() == votes && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          votes = e.getValue();
        }
      }
      return best != null ? LocalDate.parse(best) : firstNews;
    }

    Set<String> parties() {
      Set<String> out = new HashSet<>(actors);
      out.addAll(recipients);
      return out;
    }
  }

  private final EntityCountries countries = new EntityCountries(Gazetteer.builtIn());
  private final Map<String, List<Record>> byKind = new HashMap<>();
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
    Map<String, String> out = new LinkedHashMap<>();
    List<Record> touched = new ArrayList<>();
    List<Told> touchedBy = new ArrayList<>();
    for (Told t : told) {
      Record best = null;
      double bestScore = 0;
      for (Record r : byKind.getOrDefault(t.kind(), List.of())) {
        if (keptApart(t, r, touched, touchedBy)) {
          continue;
        }
        double s = score(t, r);
        if (s > bestScore) {
          best = r;
          bestScore = s;
        }
      }
      if (best == null) {
        if (t.bare()) {
          continue;
        }
        best = found(ArticleIds.derived("v", articleId + "/" + t.localId()), t.kind());
      }
      best.add(articleId, t);
      touched.add(best);
      touchedBy.add(t);
      out.put(t.localId(), best.id);
    }
    return out;
  }

  /** Replays an article stored earlier, so that linking after a restart continues where it stopped. */
  public synchronized void observe(LinkedArticle stored) {
    List<Told> told = told(stored.extraction(), stored.links().entities(), stored.links().date());
    for (Told t : told) {
      String id = stored.links().events().get(t.localId());
      if (id == null) {
        continue;
      }
      Record r = byId.get(id);
      if (r == null) {
        r = found(id, t.kind());
      }
      r.add(stored.links().articleId(), t);
    }
  }

  private Record found(String id, String kind) {
    Record r = new Record(id, records++, kind);
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
    byId.put(id, r);
    return r;
  }

  /** Two events of one article told in one sentence are two events: they never share a record. */
  private static boolean keptApart(Told t, Record r, List<Record> touched, List<Told> touchedBy) {
    for (int i = 0; i < touched.size(); i++) {
      if (touched.get(i) == r) {
        for (int s : touchedBy.get(i).sentences()) {
          if (t.sentences().contains(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How well an article's event fits a record; 0 where it cannot be that event or has no reason to be. */
  static double score(Told t, Record r) {
    LocalDate day = r.day();
    if (!timesFit(t, r, day)) {
      return 0;
    }
    boolean symmetric = t.kind().startsWith(PloverType.CONSULT.name() + "|")
        || t.kind().startsWith(PloverType.AGREE.name() + "|") || t.kind().startsWith(PloverType.COOPERATE.name() + "|");
    Set<String> mine = symmetric ? t.parties() : t.actors();
    Set<String> theirs = symmetric ? r.parties() : r.actors;
    if (!mine.isEmpty() && !theirs.isEmpty() && !intersects(mine, theirs) && !t.actorCountries().isEmpty()
        && !r.actorCountries.isEmpty() && !intersects(t.actorCountries(), r.actorCountries)) {
      return 0; // two sides: "Russia struck" and "Ukraine struck"
    }
    if (!placesAgree(t, r)) {
      return 0;
    }
    int shared = 0;
    for (String p : t.parties()) {
      if (r.actors.contains(p) || r.recipients.contains(p)) {
        shared++;
      }
    }
    for (String p : t.places()) {
      if (r.places.contains(p) && !t.parties().contains(p)) {
        shared++;
      }
    }
    boolean sameWord = false;
    for (String l : t.lemmas()) {
      if (r.lemmas.containsKey(l)) {
        sameWord = true;
      }
      for (String o : r.lemmas.keySet()) {
        sameWord |= Lemmas.sameStem(l, o);
      }
    }
    boolean sameDay = t.date() != null && t.date().day() != null && t.date().day().equals(day);
    boolean reason = shared >= 2 || shared == 1 && (sameWord || sameDay)
        || (t.bare() || !t.news()) && sameWord && (shared >= 1 || t.parties().isEmpty() || noParties(r));
    if (!reason) {
      return 0;
    }
    // the more reports an event has, the likelier a bare reference means it
    return shared + (sameWord ? 1 : 0) + (sameDay ? 1 : 0) + Math.log1p(r.articles.size()) / 10
        - r.seq * 1e-9;
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
      if (day != null) {
        return t.date().first().minusDays(DATE_SLACK).compareTo(day) <= 0
            && day.compareTo(t.date().last().plusDays(DATE_SLACK)) <= 0;
      }
      for (DatePrecision.Known k : r.coarse) {
        if (!k.overlaps(t.date())) {
          return false;
        }
      }
      return true;
    }
    if (t.reportDate() == null) {
      return true;
    }
    if (t.news()) {
      if (day == null) {
        return r.firstSeen == null || Math.abs(ChronoUnit.DAYS.between(r.firstSeen, t.reportDate())) <= NEWS_DAYS;
      }
      long before = ChronoUnit.DAYS.between(day, t.reportDate());
      return before >= -DATE_SLACK && before <= NEWS_DAYS;
    }
    return day == null || !day.isAfter(t.reportDate().plusDays(DATE_SLACK));
  }

  /** Places agree where one is shared, or one is a country the other lies in ("Ukraine", "Kyiv"). */
  private static boolean placesAgree(Told t, Record r) {
    if (t.places().isEmpty() || r.places.isEmpty() || intersects(t.places(), r.places)) {
      return true;
    }
    return !t.countryPlaces().isEmpty() && intersects(t.countryPlaces(), r.placeCountries)
        || !r.countryPlaces.isEmpty() && intersects(r.countryPlaces, t.placeCountries());
  }

  /** What linking needs of each of the article's events. */
  List<Told> told(Extraction x, Map<String, LinkedEntity> entities, LocalDate reportDate) {
    Map<String, String> country = countries.of(x.entities(), x.places());
    Map<String, EntityType> types = new HashMap<>();
    for (Entity e : x.entities()) {
      types.put(e.id(), e.type());
    }
    Set<String> countryIds = new HashSet<>();
    for (Place p : x.places()) {
      if (p.kind() == PlaceKind.COUNTRY && p.entity() != null) {
        countryIds.add(p.entity());
      }
    }
    List<Told> out = new ArrayList<>();
    for (Event e : x.events()) {
      Set<String> lemmas = new LinkedHashSet<>();
      Set<Integer> inSentences = new HashSet<>();
      for (EventMention m : e.mentions()) {
        lemmas.add(m.lemma() != null ? m.lemma() : triggerLemma(m.trigger().text()));
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
      for (EntityRef r : placeRefs) {
        places.add(key(r, entities));
        String c = r.entity() == null ? null : country.get(r.entity());
        if (c != null) {
          placeCountries.add(c);
          if (countryIds.contains(r.entity())) {
            countryPlaces.add(c);
          }
        }
      }
      DatePrecision.Known date = e.date() == null ? null : DatePrecision.of(e.date().value());
      boolean bare = e.actors().isEmpty() && e.recipients().isEmpty() && e.location() == null && e.figures().isEmpty()
          && date == null;
      String kind = e.type().name() + "|" + status(e.status()) + "|" + (DISRUPTED.equals(e.acled()) ? "d" : "");
      out.add(new Told(e.id(), kind, lemmas, actors, recipients, places, actorCountries, placeCountries,
          countryPlaces, date, reportDate, e.reported(), bare, inSentences));
    }
    return out;
  }

  /** Linking keeps what happened (or is denied to have happened) apart from what is planned or possible. */
  private static String status(EventStatus s) {
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
    String[] words = trigger.toLowerCase(Locale.ROOT).trim().split("\\s+");
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
