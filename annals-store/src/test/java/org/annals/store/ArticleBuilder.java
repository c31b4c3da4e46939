package org.annals.store;

import java.time.LocalDate;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.link.ArticleIds;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRole;
import org.annals.model.Mention;
import org.annals.model.MentionKind;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.annals.model.PloverType;
import org.annals.model.Quote;
import org.annals.model.Span;

/** Builds a LinkedArticle by hand: spans are found by searching the text, so fixtures stay readable. */
final class ArticleBuilder {

  private final String text;
  private LocalDate date;
  private String source;
  private String title;
  private String inputId = "input";
  private String storyId;
  private String storyLabel;
  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, LinkedEntity> links = new LinkedHashMap<>();
  private final List<Place> places = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final Map<String, String> eventLinks = new LinkedHashMap<>();

  ArticleBuilder(String text) {
    this.text = text;
  }

  ArticleBuilder date(String isoDate) {
    this.date = LocalDate.parse(isoDate);
    return this;
  }

  ArticleBuilder source(String s) {
    this.source = s;
    return this;
  }

  ArticleBuilder title(String t) {
    this.title = t;
    return this;
  }

  ArticleBuilder inputId(String id) {
    this.inputId = id;
    return this;
  }

  ArticleBuilder story(String id, String label) {
    this.storyId = id;
    this.storyLabel = label;
    return this;
  }

  /** A local entity with every occurrence of each mention text, linked to a cross-document entity. */
  ArticleBuilder entity(String localId, EntityType type, String name, String linkedId, List<String> aliases,
      List<String> titles, String... mentionTexts) {
    List<Mention> mentions = new ArrayList<>();
    for (String m : mentionTexts) {
      for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
        mentions.add(new Mention(i, i + m.length(), m));
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mention of " + List.of(mentionTexts) + " in the text");
    }
    entities.add(new Entity(localId, type, name, titles, mentions));
    if (linkedId != null) {
      links.put(localId, new LinkedEntity(linkedId, type, name, aliases, titles));
    }
    return this;
  }

  ArticleBuilder place(String localId, String name, double confidence) {
    places.add(new Place(localId, name, "UA", 50.45, 30.52, PlaceKind.CITY, confidence));
    return this;
  }

  ArticleBuilder time(String surface, String value) {
    Span s = find(surface);
    times.add(new TimeExpression(s.start(), s.end(), surface, TimexType.DATE, value, true));
    return this;
  }

  ArticleBuilder figure(String surface, double value, FigureCategory category) {
    return figure(surface, value, FigureQualifier.EXACT, category, null, null, false);
  }

  ArticleBuilder figure(String surface, double value, FigureQualifier qualifier, FigureCategory category,
      FigureRole role, String unit, boolean aggregate) {
    Span s = find(surface);
    figures.add(new Figure(s.start(), s.end(), surface, value, qualifier, category, role, unit, aggregate));
    return this;
  }

  ArticleBuilder quote(String words, String speakerLocalId, String speakerText) {
    Span s = find(words);
    EntityRef speaker = speakerText == null ? null : ref(speakerLocalId, speakerText);
    quotes.add(new Quote(s.start(), s.end(), words, true, speaker, null));
    return this;
  }

  /**
   * An article's event, told by one sentence that asserts it as news (add more with {@link
   * #mention}): actors and recipients as "localId:text", place likewise or null.
   */
  ArticleBuilder event(String localId, String linkedId, PloverType type, String mode, String trigger,
      List<String> actors, List<String> recipients, String place, String dateValue, List<Integer> figureIdx) {
    Span t = find(trigger);
    events.add(new Event(localId, type, mode, null, EventStatus.ASSERTED, new Mention(t.start(), t.end(), trigger),
        actors.stream().map(this::ref).toList(), recipients.stream().map(this::ref).toList(),
        place == null ? null : ref(place), eventDate(dateValue), figureIdx, sentenceOf(t.start())));
    if (linkedId != null) {
      eventLinks.put(localId, linkedId);
    }
    return this;
  }

  /** The event's ACLED sub-event type. */
  ArticleBuilder acled(String localId, String subEventType) {
    Event v = event(localId);
    return replace(v, new Event(v.id(), v.type(), v.mode(), subEventType, v.status(), v.trigger(), v.actors(),
        v.recipients(), v.location(), v.date(), v.figures(), v.evidence(), v.mentions()));
  }

  /**
   * What the event's first sentence says of it and how (asserted news unless set here); the status
   * is the article's status of the event too.
   */
  ArticleBuilder firstMention(String localId, EventStatus status, MentionKind kind) {
    Event v = event(localId);
    EventMention head = v.mentions().get(0);
    List<EventMention> ms = new ArrayList<>(v.mentions());
    ms.set(0, new EventMention(head.trigger(), null, head.evidence(), status, kind, head.date()));
    return replace(v, new Event(v.id(), v.type(), v.mode(), v.acled(), status, v.trigger(), v.actors(),
        v.recipients(), v.location(), v.date(), v.figures(), v.evidence(), ms));
  }

  /** Another sentence mentioning the event, with what it says of it, how, and the date it gives (or null). */
  ArticleBuilder mention(String localId, String trigger, EventStatus status, MentionKind kind, String dateValue) {
    Event v = event(localId);
    Span t = find(trigger);
    List<EventMention> ms = new ArrayList<>(v.mentions());
    ms.add(new EventMention(new Mention(t.start(), t.end(), trigger), null, sentenceOf(t.start()), status, kind,
        eventDate(dateValue)));
    return replace(v, new Event(v.id(), v.type(), v.mode(), v.acled(), v.status(), v.trigger(), v.actors(),
        v.recipients(), v.location(), v.date(), v.figures(), v.evidence(), ms));
  }

  private Event event(String localId) {
    return events.stream().filter(v -> v.id().equals(localId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no event " + localId));
  }

  private ArticleBuilder replace(Event old, Event updated) {
    events.set(events.indexOf(old), updated);
    return this;
  }

  private static EventDate eventDate(String value) {
    return value == null ? null : new EventDate(value, 0, 0, null);
  }

  private Span sentenceOf(int offset) {
    return sentences().stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
        .orElse(new Span(0, text.length()));
  }

  private EntityRef ref(String spec) {
    int colon = spec.indexOf(':');
    return ref(spec.substring(0, colon), spec.substring(colon + 1));
  }

  private EntityRef ref(String localId, String surface) {
    Span s = find(surface);
    return new EntityRef(localId, s.start(), s.end(), surface);
  }

  private Span find(String surface) {
    int i = text.indexOf(surface);
    if (i < 0) {
      throw new IllegalArgumentException("'" + surface + "' is not in the text");
    }
    return new Span(i, i + surface.length());
  }

  LinkedArticle build() {
    Article a = new Article(inputId, text, date, date == null ? DateSource.NONE : DateSource.INPUT, title, source,
        null, 0);
    Extraction x = new Extraction(a, entities, times, places, quotes, figures, events);
    String id = ArticleIds.contentHash(text);
    ArticleLinks l = new ArticleLinks(id, date, a.dateSource(), null, storyId, storyLabel, links, eventLinks);
    return new LinkedArticle(x, sentences(), l);
  }

  /** Sentence bounds: split after ". ". */
  private List<Span> sentences() {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      out.add(new Span(start, i + 1));
      start = i + 2;
    }
    out.add(new Span(start, text.length()));
    return out;
  }
}
