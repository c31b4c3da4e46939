package org.annals.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.DatePrecision;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventStatus;
import org.annals.model.MentionKind;
import org.annals.model.PloverType;

/**
 * Within-article event coreference: the mentions of one real event in one article become one
 * group, each sentence kept as evidence. Mentions are read in text order; each joins the most
 * recent compatible group that it has a reason to join, or starts its own.
 *
 * <p>Compatible: the same type (and interceptions apart from strikes), the same kind of status
 * (a plan never joins what happened; a denial may join it), dates that overlap, history (dated
 * over a year before the article) never with undated news of the day, no two different places,
 * and actors of an act that are not on two different sides (the parties of a meeting or a deal
 * have none). A reason to join: a definite noun that names no one ("the attack", "since the
 * invasion") takes up the nearest compatible event or an earlier one told in the same word; a
 * singular noun of the same kind of happening or an outcome word that names no one ("under a deal",
 * "18 people were killed") is the event told within three sentences before it, unless its
 * sentence names other parties; a mention that names a party or place joins an event that
 * shares one and either is told in the same word, is definite, or has the same day.
 */
final class ArticleEventGroups {

  /** How many sentences back a definite noun finds the event it takes up. */
  static final int ANAPHOR_SENTENCES = 12;

  /** Within this many sentences, an event of the same type that names no one is the one just told. */
  static final int ADJACENT_SENTENCES = 2;

  /** Types whose parties act together: their order in the sentence does not say who did it. */
  private static final Set<PloverType> SYMMETRIC = EnumSet.of(PloverType.CONSULT, PloverType.AGREE,
      PloverType.COOPERATE);

  /**
   * What grouping needs of the article's entities.
   *
   * @param types entity id to type
   * @param countries entity id to the country it belongs to or lies in
   * @param countryIds the entities that are countries themselves
   * @param cityIds the entities that are cities or towns
   * @param within place entity id to the city the text puts it in ({@link org.annals.model.Place#within})
   * @param named sentence index to the entities the sentence names
   */
  record Entities(Map<String, EntityType> types, Map<String, String> countries, Set<String> countryIds,
      Set<String> cityIds, Map<String, String> within, Map<Integer, Set<String>> named) {

    /** A country and its people are one party ("Finland", "Finnish"); any other entity is itself. */
    String party(String id) {
      String c = countries.get(id);
      return c != null && (countryIds.contains(id) || types.get(id) == EntityType.NORP) ? "c:" + c : id;
    }
  }

  private static final class Group {
    final List<SentenceEvent> mentions = new ArrayList<>();
    final Set<String> lemmas = new HashSet<>();
    final Set<String> actors = new HashSet<>();
    final Set<String> participants = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<Integer> sentences = new HashSet<>();
    DatePrecision.Known date;
    int lastSentence;
    boolean asideLast;
    boolean bareOnly = true;
    /** Whether one of its mentions tells it as news of the day: a report, undated, not taking up an earlier one. */
    boolean undatedNews;

    SentenceEvent first() {
      return mentions.get(0);
    }

    void add(SentenceEvent m, Entities e) {
      mentions.add(m);
      lemmas.add(m.lemma());
      Event v = m.event();
      actors.addAll(ids(v.actors(), e));
      participants.addAll(participants(v, e));
      places.addAll(places(v, e));
      DatePrecision.Known d = dateOf(v);
      if (d != null && (date == null || d.precision().ordinal() < date.precision().ordinal())) {
        date = d;
      }
      lastSentence = m.sentence().index();
      sentences.add(lastSentence);
      asideLast = m.aside();
      bareOnly &= m.bare();
      undatedNews |= news(m);
    }
  }

  /**
   * @param documentDate the article's date, or null: against it a mention dated more than a year
   *     before is history, which news of the day never joins
   */
  List<List<SentenceEvent>> group(List<SentenceEvent> mentions, Entities entities, String text,
      LocalDate documentDate) {
    LocalDate historyBefore = documentDate == null ? null : documentDate.minusYears(1);
    List<Group> groups = new ArrayList<>();
    for (SentenceEvent m : mentions) {
      Group again = repeated(m, groups, text);
      Group target = again;
      int best = Integer.MAX_VALUE;
      for (int i = groups.size() - 1; i >= 0 && again == null; i--) {
        Group g = groups.get(i);
        if (g.sentences.contains(m.sentence().index()) || !compatible(m, g, entities, historyBefore)
            || !joins(m, g, entities)) {
          continue;
        }
        // the nearest event wins, and one told in a main clause before one told as an aside
        int distance = m.sentence().index() - g.lastSentence
            + (g.asideLast || g.bareOnly ? ADJACENT_SENTENCES + 1 : 0);
        if (distance < best) {
          best = distance;
          target = g;
        }
      }
      if (target == null) {
        target = new Group();
        groups.add(target);
      }
      target.add(m, entities);
    }
    groups.sort((a, b) -> Integer.compare(a.first().event().trigger().start(), b.first().event().trigger().start()));
    List<List<SentenceEvent>> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(List.copyOf(g.mentions));
    }
    return out;
  }

  /**
   * A live blog repeats its paragraphs: the same sentence told again with the same trigger word is
   * the same mention again, whatever lies between.
   */
  private static Group repeated(SentenceEvent m, List<Group> groups, String text) {
    String sentence = text.substring(m.sentence().start(), m.sentence().end());
    for (Group g : groups) {
      for (SentenceEvent o : g.mentions) {
        if (o.lemma().equals(m.lemma()) && o.sentence().index() != m.sentence().index()
            && o.sentence().end() - o.sentence().start() == sentence.length()
            && text.regionMatches(o.sentence().start(), sentence, 0, sentence.length())) {
          return g;
        }
      }
    }
    return null;
  }

  private static boolean joins(SentenceEvent m, Group g, Entities e) {
    boolean sameWord = g.lemmas.contains(m.lemma()) || sameStem(g.lemmas, m.lemma());
    int gap = m.sentence().index() - g.lastSentence;
    boolean near = gap <= ANAPHOR_SENTENCES;
    boolean adjacent = gap <= ADJACENT_SENTENCES + 1;
    if (m.bare()) {
      // "the attack", "since the invasion"; "the pair met" right after a meeting was told; "under a
      // deal" right after an agreement, in a sentence that names none but the agreement's parties
      // (a plural is most often no one happening: "attacks on civilians constitute a war crime")
      return m.definite() && (near || sameWord) || m.verbal() && adjacent
          || sameWord && adjacent && !plural(m) && namesOnly(m, g, e);
    }
    Event v = m.event();
    Set<String> mine = participants(v, e);
    if (v.location() != null && v.location().entity() != null) {
      mine.add(v.location().entity());
    }
    if (mine.isEmpty() && m.outcome() && adjacent && namesOnly(m, g, e)) {
      return true; // "18 people were killed" right after the strike was told: its toll
    }
    int shared = 0;
    for (String id : mine) {
      if (g.participants.contains(id) || g.places.contains(id)) {
        shared++;
      }
    }
    if (shared >= 2) {
      return true;
    }
    DatePrecision.Known d = dateOf(v);
    boolean sameDay = d != null && g.date != null && d.day() != null && d.day().equals(g.date.day());
    // "the nighttime attack on Kyiv" after the onslaught was told: a definite noun that brings no
    // date or reference of its own takes it up
    boolean plainAnaphor = m.definite() && near && v.date() == null && m.kind() == MentionKind.REPORT;
    return shared == 1 && (sameWord || sameDay || m.definite() && near || adjacent)
        || plainAnaphor || m.definite() && near && sameWord;
  }

  /** "attacks", "agreements": a noun trigger whose word is its lemma with an ending. */
  private static boolean plural(SentenceEvent m) {
    String word = m.event().trigger().text().toLowerCase(Locale.ROOT);
    return !m.verbal() && word.endsWith("s") && !word.equals(m.lemma());
  }

  /**
   * Whether the mention's sentence names no party or only parties that the group's sentences name:
   * in a live blog the next post ("Turkey will seek extraditions under a deal") tells of another deal
   * than "Ukraine and the EU signed an agreement".
   */
  private static boolean namesOnly(SentenceEvent m, Group g, Entities e) {
    Set<String> mine = partiesNamed(m.sentence().index(), e);
    if (mine.isEmpty()) {
      return true;
    }
    Set<String> theirs = new HashSet<>();
    for (int s : g.sentences) {
      theirs.addAll(partiesNamed(s, e));
    }
    return theirs.containsAll(mine);
  }

  /** The parties ({@link Entities#party}) a sentence names. */
  private static Set<String> partiesNamed(int sentence, Entities e) {
    Set<String> out = new HashSet<>();
    for (String id : e.named().getOrDefault(sentence, Set.of())) {
      out.add(e.party(id));
    }
    return out;
  }

  /** An undated report that names its event afresh ("Russia captured the town"): news of the day. */
  private static boolean news(SentenceEvent m) {
    return m.kind() == MentionKind.REPORT && m.event().date() == null && !m.definite();
  }

  /** What the mention's own date knows, or null. */
  private static DatePrecision.Known dateOf(Event v) {
    return v.date() == null ? null : DatePrecision.of(v.date().value());
  }

  /**
   * @param historyBefore dates ending before it are history (null: the article is undated); "Russia
   *     seized Crimea in 2014" and "Russia captured the town", told undated as news, are two
   *     happenings, whatever else they share
   */
  static boolean compatible(SentenceEvent m, Group g, Entities e, LocalDate historyBefore) {
    SentenceEvent f = g.first();
    if (f.event().type() != m.event().type() || f.disrupted() != m.disrupted()
        || EventScale.campaign(f.lemma()) != EventScale.campaign(m.lemma())) {
      return false;
    }
    if (!statusesAgree(m, g)) {
      return false;
    }
    Event v = m.event();
    DatePrecision.Known d = dateOf(v);
    if (d != null && g.date != null && !d.overlaps(g.date)) {
      return false;
    }
    if (historyBefore != null && (d != null && d.last().isBefore(historyBefore) && g.undatedNews
        || g.date != null && g.date.last().isBefore(historyBefore) && news(m))) {
      return false;
    }
    // a meeting or a deal has parties of several countries: only who did an act decides its side
    if (!SYMMETRIC.contains(v.type())) {
      Set<String> actors = ids(v.actors(), e);
      if (!actors.isEmpty() && !g.actors.isEmpty() && !intersects(actors, g.actors)
          && differentSides(actors, g.actors, e.countries())) {
        return false;
      }
    }
    Set<String> places = places(v, e);
    if (places.isEmpty() || g.places.isEmpty()) {
      return true;
    }
    Set<String> mine = cities(places, e);
    Set<String> their = cities(g.places, e);
    if (!mine.isEmpty() && !their.isEmpty() && !intersects(mine, their)) {
      return false; // Kharkiv and Kremenchuk: two cities, though both lie in Ukraine
    }
    return intersects(places, g.places) || placesAgree(places, g.places, e);
  }

  private static Set<String> cities(Set<String> places, Entities e) {
    Set<String> out = new HashSet<>();
    for (String p : places) {
      if (e.cityIds().contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** A plan or a possibility never joins what happened; a denial of what happened may. */
  private static boolean statusesAgree(SentenceEvent m, Group g) {
    boolean happened = false;
    boolean unreal = false;
    for (SentenceEvent o : g.mentions) {
      happened |= happened(o.event().status());
      unreal |= unreal(o.event().status());
    }
    EventStatus s = m.event().status();
    if (happened(s)) {
      return happened || !unreal;
    }
    if (unreal(s)) {
      return unreal || !happened;
    }
    // negated or denied: a definite "the attack" in a denial is the attack that happened
    return m.definite() || !happened;
  }

  private static boolean happened(EventStatus s) {
    return s == EventStatus.ASSERTED || s == EventStatus.CLAIMED;
  }

  private static boolean unreal(EventStatus s) {
    return s == EventStatus.FUTURE || s == EventStatus.HYPOTHETICAL;
  }

  /** Both sides name countries, and none is shared: "Russia struck" against "Ukraine struck". */
  private static boolean differentSides(Set<String> a, Set<String> b, Map<String, String> countries) {
    Set<String> ca = countries(a, countries);
    Set<String> cb = countries(b, countries);
    return !ca.isEmpty() && !cb.isEmpty() && !intersects(ca, cb);
  }

  /** Two sets of places agree where one holds a country the other's place lies in ("Ukraine" and "Kyiv"). */
  private static boolean placesAgree(Set<String> a, Set<String> b, Entities e) {
    for (String x : a) {
      for (String y : b) {
        String cx = e.countries().get(x);
        String cy = e.countries().get(y);
        if (cx != null && cx.equals(cy) && (isCountry(x, e) || isCountry(y, e))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCountry(String id, Entities e) {
    return e.countryIds().contains(id);
  }

  /** The event's places, each with the city the text puts it in ("Azovstal" with "Mariupol"). */
  static Set<String> places(Event v, Entities e) {
    Set<String> out = new HashSet<>();
    if (v.location() != null && v.location().entity() != null) {
      out.add(v.location().entity());
    }
    for (EntityRef r : v.recipients()) {
      if (r.entity() != null && e.types().get(r.entity()) == EntityType.LOCATION) {
        out.add(r.entity());
      }
    }
    for (String p : List.copyOf(out)) {
      String city = e.within().get(p);
      if (city != null) {
        out.add(city);
      }
    }
    return out;
  }

  private static Set<String> participants(Event v, Entities e) {
    Set<String> out = ids(v.actors(), e);
    out.addAll(ids(v.recipients(), e));
    return out;
  }

  /** The parties named, a country and its people as one ({@link Entities#party}). */
  static Set<String> ids(List<EntityRef> refs, Entities e) {
    Set<String> out = new HashSet<>();
    for (EntityRef r : refs) {
      out.add(r.entity() != null ? e.party(r.entity()) : "t:" + r.text().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  private static Set<String> countries(Set<String> ids, Map<String, String> countries) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      String c = id.startsWith("c:") ? id.substring(2) : countries.get(id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameStem(Set<String> lemmas, String lemma) {
    for (String l : lemmas) {
      if (EventScale.sameHappening(l, lemma)) {
        return true;
      }
    }
    return false;
  }
}
