package org.annals.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.extract.event.EventArgumentFinder.Arguments;
import org.annals.extract.event.EventFigureLinker.Candidate;
import org.annals.extract.event.EventModeRules.Decision;
import org.annals.extract.event.SameEventMerger.Draft;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.extract.WordSets;
import org.annals.extract.figure.AggregateCues;
import org.annals.extract.place.EntityCountries;
import org.annals.extract.place.Gazetteer;
import org.annals.model.AnnotatedArticle;
import org.annals.model.DatePrecision;
import org.annals.model.EntityType;
import org.annals.model.EventMention;
import org.annals.model.MentionKind;
import org.annals.model.PlaceKind;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PloverType;
import org.annals.model.Quote;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Finds PLOVER-typed events, sentence by sentence: triggers from the lexicon
 * ({@link EventTriggerLexicon}), one event per happening ({@link SameEventMerger}), then for each
 * its parties and place ({@link EventArgumentFinder}), mode and ACLED class ({@link EventModeRules}),
 * date ({@link EventDateFinder}), status ({@link EventStatusRules}) and figures
 * ({@link EventFigureLinker}).
 *
 * <p>A mention that names no party, no place and carries no figure ("the attack") is kept: it takes
 * up an event told before it, and where it takes up none it is still an event of the article, which
 * {@code EventLinker} joins to a cross-document event by its word or leaves out, since alone a bare
 * "talks" or "attack" tells a reader nothing they can use. An outcome word alone ("those killed")
 * is dropped. Ids are {@code ev1}, {@code ev2}, … in text order. Stateless and thread-safe.
 */
public final class EventExtractor {

  private final EventTriggerLexicon lexicon;
  private final EventArgumentFinder arguments = new EventArgumentFinder();
  private final EventStatusRules statuses = new EventStatusRules();
  private final EventModeRules modes;
  private final EventDateFinder dates = new EventDateFinder();
  private final EventFigureLinker figureLinker = new EventFigureLinker();
  private final SameEventMerger merger = new SameEventMerger();
  private final MentionKindRules kinds = new MentionKindRules();
  private final ArticleEventGroups grouper = new ArticleEventGroups();
  private final QuotedStatements statements = new QuotedStatements();
  private final CampaignAnchors anchors = new CampaignAnchors();
  private final EntityCountries countries;
  private static final Set<String> DEFINITE = WordSets.of("definite");
  /** Verbs that make a decision known: "declared that Finland would apply". */
  private static final Set<String> ANNOUNCING = Set.of("declare", "announce", "confirm", "decide");
  private static final Set<String> WILL = Set.of("will", "would");
  /** Types whose place a definite noun may take up from an earlier sentence ({@link PlaceAnaphora}). */
  private static final Set<PloverType> PLACED_BY_ANAPHOR = java.util.EnumSet.of(PloverType.ASSAULT,
      PloverType.COERCE, PloverType.PROTEST, PloverType.RETREAT);

  public EventExtractor() {
    this(Gazetteer.builtIn());
  }

  public EventExtractor(Gazetteer gazetteer) {
    this.lexicon = EventTriggerLexicon.builtIn();
    this.modes = new EventModeRules(lexicon);
    this.countries = new EntityCountries(gazetteer);
  }

  public List<Event> extract(AnnotatedArticle doc, List<Entity> entities, List<TimeExpression> times,
      List<Figure> figures, List<Place> places, List<Quote> quotes) {
    Map<Integer, SentenceMentions> mentions = SentenceMentions.index(doc, entities);
    List<List<Integer>> figuresBySentence = figuresBySentence(doc, figures);
    Set<String> cityIds = Place.entitiesOf(places, PlaceKind.CITY);
    List<SentenceEvent> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceMentions m = mentions.getOrDefault(s.index(), SentenceMentions.empty());
      List<TriggerMatch> triggers = lexicon.find(s, m);
      if (triggers.isEmpty()) {
        continue;
      }
      found.addAll(sentenceEvents(doc, s, mentions, cityIds, triggers, times, figures, figuresBySentence.get(s.index())));
    }
    found.sort(Comparator.comparingInt((SentenceEvent e) -> e.event().trigger().start()));
    found = statements.spokenBySpeakers(found, quotes, doc);
    Map<String, EntityType> types = new HashMap<>();
    for (Entity e : entities) {
      types.put(e.id(), e.type());
    }
    Set<String> countryIds = Place.entitiesOf(places, PlaceKind.COUNTRY);
    Map<Integer, Set<String>> named = new HashMap<>();
    mentions.forEach((sentence, m) -> {
      Set<String> ids = new HashSet<>();
      for (SentenceMentions.Item item : m.all()) {
        if (item.entity() != null) {
          ids.add(item.entity());
        }
      }
      named.put(sentence, ids);
    });
    ArticleEventGroups.Entities known = new ArticleEventGroups.Entities(types, countries.of(entities, places), countryIds,
        cityIds, Place.containers(places), named);
    List<Event> out = new ArrayList<>();
    for (List<SentenceEvent> group : grouper.group(found, known, doc.text(), doc.article().date())) {
      Event e = merged(group);
      if (e == null) {
        continue;
      }
      String mode = e.mode();
      if (e.type() == PloverType.CONSULT && mode == null && e.location() == null && e.happened()
          && laterSentenceCallsItACall(doc, e.evidence().start())) {
        mode = "phone";
      }
      out.add(new Event("ev" + (out.size() + 1), e.type(), mode, e.acled(), e.status(), e.trigger(), e.actors(),
          e.recipients(), e.location(), e.date(), e.figures(), e.evidence(), e.mentions()));
    }
    return statements.attach(anchors.attach(out, doc, times), quotes, doc);
  }

  /**
   * One event from the mentions of one group: the head is the first mention that names a party
   * and reports the event as news (else the first that names one, else the first); parties,
   * figures and mentions are gathered from all, place, date and mode taken where first given.
   * A group of outcome words alone ("those killed") is no event.
   */
  private static Event merged(List<SentenceEvent> group) {
    SentenceEvent head = null;
    for (SentenceEvent m : group) {
      if (!m.bare() && m.kind() == MentionKind.REPORT) {
        head = m;
        break;
      }
    }
    if (head == null) {
      for (SentenceEvent m : group) {
        if (!m.bare()) {
          head = m;
          break;
        }
      }
    }
    if (head == null) {
      head = group.get(0);
    }
    Event h = head.event();
    List<EntityRef> actors = new ArrayList<>(h.actors());
    List<EntityRef> recipients = new ArrayList<>(h.recipients());
    EntityRef location = h.location();
    EventDate date = h.date();
    String mode = h.mode();
    String acled = h.acled();
    EventStatus status = h.status();
    Set<Integer> figures = new LinkedHashSet<>(h.figures());
    List<EventMention> mentions = new ArrayList<>();
    for (SentenceEvent m : group) {
      Event v = m.event();
      mentions.add(new EventMention(v.trigger(), m.lemma(), v.evidence(), v.status(), m.kind(), v.date()));
      // a party the head already names keeps the head's role
      for (EntityRef r : v.actors()) {
        if (!sameEntity(actors, r) && !sameEntity(recipients, r)) {
          actors.add(r);
        }
      }
      for (EntityRef r : v.recipients()) {
        if (!sameEntity(actors, r) && !sameEntity(recipients, r)) {
          recipients.add(r);
        }
      }
      location = location != null ? location : v.location();
      date = finer(date, v.date());
      mode = mode != null ? mode : v.mode();
      acled = acled != null ? acled : v.acled();
      status = stronger(status, v.status());
      figures.addAll(v.figures());
    }
    if (EventScale.campaign(head.lemma())) {
      date = start(group);
    }
    return new Event(null, h.type(), mode, acled, status, h.trigger(), actors, recipients, location, date,
        List.copyOf(figures), h.evidence(), mentions);
  }

  private static boolean sameEntity(List<EntityRef> refs, EntityRef r) {
    for (EntityRef o : refs) {
      if (r.entity() != null ? r.entity().equals(o.entity()) : o.entity() == null && o.text().equalsIgnoreCase(r.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * When a campaign began: the earliest date its mentions give ("invaded on 24 February" rather than
   * "the war, on its 57th day, …"), the finer of two where one holds the other ("on 24 February 2022"
   * rather than "in February 2022").
   */
  private static EventDate start(List<SentenceEvent> group) {
    EventDate best = null;
    DatePrecision.Known bestKnown = null;
    for (SentenceEvent m : group) {
      EventDate d = m.event().date();
      DatePrecision.Known k = d == null ? null : DatePrecision.of(d.value());
      if (k == null) {
        continue;
      }
      boolean nested = bestKnown != null && (bestKnown.contains(k) || k.contains(bestKnown));
      if (bestKnown == null || nested && k.precision().ordinal() < bestKnown.precision().ordinal()
          || !nested && k.first().isBefore(bestKnown.first())) {
        best = d;
        bestKnown = k;
      }
    }
    return best;
  }

  /** The date that knows more: a day over a month, the earlier given on a tie. */
  private static EventDate finer(EventDate a, EventDate b) {
    if (b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    DatePrecision.Known ka = DatePrecision.of(a.value());
    DatePrecision.Known kb = DatePrecision.of(b.value());
    if (ka == null) {
      return kb == null ? a : b;
    }
    return kb != null && kb.precision().ordinal() < ka.precision().ordinal() ? b : a;
  }

  /** What the article says of the event as a whole: it happened where any mention says so. */
  private static EventStatus stronger(EventStatus a, EventStatus b) {
    return rank(b) < rank(a) ? b : a;
  }

  private static int rank(EventStatus s) {
    return switch (s) {
      case ASSERTED -> 0;
      case CLAIMED -> 1;
      case FUTURE -> 2;
      case HYPOTHETICAL -> 3;
      case DENIED -> 4;
      case NEGATED -> 5;
    };
  }

  private List<SentenceEvent> sentenceEvents(AnnotatedArticle doc, Sentence s, Map<Integer, SentenceMentions> mentions,
      Set<String> cityIds, List<TriggerMatch> triggers, List<TimeExpression> times, List<Figure> figures,
      List<Integer> sentenceFigures) {
    SentenceMentions m = mentions.getOrDefault(s.index(), SentenceMentions.empty());
    List<Token> toks = s.tokens();
    boolean tally = AggregateCues.builtIn().inSentence(toks);
    List<int[]> links = MentionKindRules.links(doc.text(), s.start(), s.end());
    LocalDate documentDate = doc.article().date();
    List<Draft> drafts = new ArrayList<>();
    for (TriggerMatch t : triggers) {
      EventDate date = dates.find(s, t, times, triggers);
      Arguments args = arguments.find(toks, t, m, triggers);
      EventStatus status = statuses.status(toks, t, args, date, documentDate);
      if (status == EventStatus.DENIED && kinds.anchor(toks, t, date, documentDate) == MentionKindRules.Anchor.CAUSE) {
        status = EventStatus.ASSERTED; // "denied responsibility for the strike": the strike is not denied
      }
      drafts.add(new Draft(t, PastDates.fit(date, status, documentDate), args, status));
    }
    drafts = inheritStatus(toks, drafts, documentDate);
    drafts = merger.merge(toks, drafts, tally);

    List<int[]> figureTokens = new ArrayList<>();
    List<Figure> sentenceFigureList = new ArrayList<>();
    List<FigureCategory> categories = new ArrayList<>();
    boolean money = false;
    for (int f : sentenceFigures) {
      Figure fig = figures.get(f);
      int first = s.tokenAtOrAfter(fig.start());
      int last = Math.max(first, s.tokenAtOrAfter(fig.end()) - 1);
      figureTokens.add(new int[] {first, last});
      sentenceFigureList.add(fig);
      categories.add(fig.category());
      money |= fig.category() == FigureCategory.MONEY;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Draft d : drafts) {
      candidates.add(new Candidate(d.type(), d.disrupted(), d.trigger().first(), d.trigger().last()));
    }
    int[] owner = figureLinker.link(figureTokens, sentenceFigureList, candidates);

    List<SentenceEvent> out = new ArrayList<>();
    for (int e = 0; e < drafts.size(); e++) {
      Draft d = drafts.get(e);
      TriggerMatch t = d.trigger();
      Arguments args = d.args();
      if (args.location() == null && PLACED_BY_ANAPHOR.contains(d.type())) {
        // "eight missiles hit the city", "fighting at the plant": the place named before
        Item taken = PlaceAnaphora.resolve(doc.sentences(), s, toks, t,
            d.type() == PloverType.ASSAULT && t.isVerbal(toks), mentions, cityIds);
        if (taken != null) {
          args = new Arguments(args.actors(), args.recipients(), taken);
        }
      }
      List<Integer> linked = new ArrayList<>();
      List<FigureCategory> linkedCategories = new ArrayList<>();
      for (int f = 0; f < owner.length; f++) {
        if (owner[f] == e) {
          linked.add(sentenceFigures.get(f));
          linkedCategories.add(categories.get(f));
        }
      }
      boolean bare = args.isEmpty() && linked.isEmpty();
      // An outcome word on its own ("killed", "protesters") must at least say where, by whom or
      // how many; "those protesters brave enough" is not a protest event.
      if (t.rule().weak() && linked.isEmpty() && args.location() == null
          && (t.rule().type() == PloverType.PROTEST || args.actors().isEmpty())) {
        continue;
      }
      Decision decision = modes.decide(toks, t, args.location() != null, money, linkedCategories, triggers);
      int start = toks.get(t.first()).start();
      int end = toks.get(t.textEnd()).end();
      // "Turkey will not support their bids", "refused to back": a refusal said is a rejection made
      boolean refusal = t.isVerbal(toks) && d.status() == EventStatus.NEGATED && !args.actors().isEmpty()
          && (t.rule().type() == PloverType.SUPPORT || t.rule().type() == PloverType.AGREE);
      // "formally declared that the country would apply for membership": an application announced
      // is a decision to join made known
      boolean announced = t.isVerbal(toks) && (d.status() == EventStatus.FUTURE || d.status() == EventStatus.HYPOTHETICAL)
          && t.rule().type() == PloverType.REQUEST
          && "diplomatic".equals(t.rule().mode()) && announcedBefore(toks, t.first());
      PloverType type = refusal ? PloverType.REJECT : announced ? PloverType.AGREE : t.rule().type();
      Event v = new Event(null, type, refusal ? null : decision.mode(),
          refusal ? null : decision.acled(), refusal || announced ? EventStatus.ASSERTED : d.status(),
          new Mention(start, end, doc.text().substring(start, end)), refs(args.actors()), refs(args.recipients()),
          args.location() == null ? null : args.location().ref(), d.date(), linked, s.span());
      MentionKindRules.Anchor anchor = kinds.anchor(toks, t, d.date(), documentDate);
      if (anchor == MentionKindRules.Anchor.NONE && MentionKindRules.inLink(links, start)) {
        anchor = MentionKindRules.Anchor.LINK;
      }
      MentionKind kind = anchor == MentionKindRules.Anchor.NONE ? MentionKind.REPORT : MentionKind.REFERENCE;
      String lemma = lemma(toks, t);
      if (EventScale.campaign(lemma) && !t.isVerbal(toks) && d.date() == null && anchor != MentionKindRules.Anchor.TIME
          && !EventScale.told(toks, t.first(), t.last())) {
        continue; // "Russia's war in Ukraine", "in response to the invasion": the name of what goes on
      }
      out.add(new SentenceEvent(v, s, bare, !t.isVerbal(toks) && definite(toks, t.first()), kind, lemma,
          d.disrupted(), t.isVerbal(toks), kinds.aside(toks, t), t.rule().weak()));
    }
    return AcledRules.battlesForTerritory(out);
  }

  /**
   * "will meet this week for a new round of talks": a noun in the clause of a verb that is only
   * planned, possible or denied is no more real than the verb, unless it is a cause or time anchor
   * or told as done ("ratify the deal reached on Tuesday").
   */
  private List<Draft> inheritStatus(List<Token> toks, List<Draft> drafts, LocalDate documentDate) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Draft governor = null;
      // "step up sanctions in the wake of a missile attack": a cause or anchor keeps its own status
      if (d.status() == EventStatus.ASSERTED && !d.trigger().isVerbal(toks)
          && kinds.anchor(toks, d.trigger(), d.date(), documentDate) == MentionKindRules.Anchor.NONE
          && !EventStatusRules.presupposed(toks, d.trigger())) {
        for (Draft v : drafts) {
          if (v.trigger().isVerbal(toks) && v.status() != EventStatus.ASSERTED && v.status() != EventStatus.CLAIMED
              && v.trigger().last() < d.trigger().first() && d.trigger().first() - v.trigger().last() <= 20
              && !ClauseBounds.separated(toks, v.trigger().last(), d.trigger().first())) {
            governor = v;
          }
        }
      }
      out.add(governor == null ? d : new Draft(d.trigger(), d.date(), d.args(), governor.status()));
    }
    return out;
  }

  /**
   * "the attack", "this strike", "Russia's invasion", "the station attack", "the latest and largest
   * prisoner swap": a noun made definite.
   */
  static boolean definite(List<Token> toks, int first) {
    for (int k = first - 1; k >= 0 && first - k <= 6; k--) {
      Token w = toks.get(k);
      String lower = w.word().toLowerCase(Locale.ROOT);
      if (DEFINITE.contains(lower) || w.pos().equals("POS") || w.pos().equals("PRP$")) {
        return true;
      }
      // "latest and largest", "long, deadly": adjectives joined before the noun
      boolean joinsAdjectives = (w.pos().equals("CC") || lower.equals(",")) && k > 0 && toks.get(k - 1).pos().startsWith("JJ");
      if (!(w.pos().startsWith("JJ") || w.pos().startsWith("NN") || w.pos().equals("HYPH") || w.pos().equals("CD")
          || joinsAdjectives)) {
        return false;
      }
    }
    return false;
  }

  /** "declared that Finland would apply": will or would, after a verb that makes a decision known. */
  private static boolean announcedBefore(List<Token> toks, int first) {
    int k = first - 1;
    if (k >= 0 && toks.get(k).pos().startsWith("RB")) {
      k--; // "would formally apply"
    }
    if (k < 1 || !WILL.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 8); j--) {
      Token w = toks.get(j);
      if (w.isVerb() && ANNOUNCING.contains(w.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The trigger's head lemma: a verb's own ("shoot down": shoot), a noun phrase's last ("air strike": strike). */
  private static String lemma(List<Token> toks, TriggerMatch t) {
    Token head = t.isVerbal(toks) ? toks.get(t.first()) : toks.get(t.textEnd());
    String bare = MentionKindRules.unprefixed(head.word());
    return bare != null ? bare : head.lemma().toLowerCase(Locale.ROOT);
  }

  private static List<EntityRef> refs(List<Item> items) {
    List<EntityRef> out = new ArrayList<>(items.size());
    for (Item it : items) {
      out.add(it.ref());
    }
    return out;
  }

  private static List<List<Integer>> figuresBySentence(AnnotatedArticle doc, List<Figure> figures) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < figures.size(); i++) {
      Sentence s = doc.sentenceAt(figures.get(i).start());
      if (s != null && figures.get(i).end() <= s.end()) {
        out.get(s.index()).add(i);
      }
    }
    return out;
  }

  /**
   * "… during the conversation Rubio expressed condolences": a later definite "the call" or "the
   * conversation" refers back to the consultation, which was therefore by phone. Looks at most
   * five sentences ahead.
   */
  private static boolean laterSentenceCallsItACall(AnnotatedArticle doc, int offset) {
    Sentence from = doc.sentenceAt(offset);
    if (from == null) {
      return false;
    }
    int last = Math.min(doc.sentences().size() - 1, from.index() + 5);
    for (int i = from.index() + 1; i <= last; i++) {
      List<Token> toks = doc.sentences().get(i).tokens();
      for (int k = 0; k + 1 < toks.size(); k++) {
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        if (!w.equals("the") && !w.equals("their")) {
          continue;
        }
        int j = k + 1;
        String next = toks.get(j).word().toLowerCase(Locale.ROOT);
        if ((next.equals("phone") || next.equals("telephone")) && j + 1 < toks.size()) {
          j++;
          next = toks.get(j).word().toLowerCase(Locale.ROOT);
        }
        String after = j + 1 < toks.size() ? toks.get(j + 1).word().toLowerCase(Locale.ROOT) : "";
        if ((next.equals("call") || next.equals("conversation")) && !after.equals("for") && !after.equals("on")) {
          return true;
        }
      }
    }
    return false;
  }
}
