package org.annals.store;

import org.annals.output.CodePointOffsets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.DatePrecision;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.model.TimeExpression;

/**
 * Writes the rows of one article: the article, its mentions, quotes, figures and places, and the
 * upserts of the cross-document entities and story it names. Runs inside the caller's transaction.
 * Statements are prepared once per connection.
 */
final class ArticleRows implements AutoCloseable {

  private final PreparedStatement article;
  private final PreparedStatement story;
  private final PreparedStatement entity;
  private final PreparedStatement entityName;
  private final PreparedStatement entityTitle;
  private final PreparedStatement articleEntity;
  private final PreparedStatement entityMention;
  private final PreparedStatement place;
  private final PreparedStatement eventMention;
  private final PreparedStatement eventRole;
  private final PreparedStatement figure;
  private final PreparedStatement eventFigure;
  private final PreparedStatement quote;
  private final PreparedStatement time;
  private final PreparedStatement searchText;
  private final PreparedStatement seqOf;
  private final PreparedStatement backlog;
  private final SqlDialect dialect;

  ArticleRows(Connection c, SqlDialect dialect) throws SQLException {
    this.dialect = dialect;
    article = c.prepareStatement("INSERT INTO articles (id, input_id, origin, title, source, url, date, date_source, "
        + "date_evidence, story_id, text, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    backlog = c.prepareStatement("INSERT INTO linker_backlog (seq, linked_gz) VALUES (?, ?)");
    story = c.prepareStatement("INSERT INTO stories (id, label, first_date, last_date) VALUES (?, ?, ?, ?) "
        + "ON CONFLICT (id) DO UPDATE SET label = excluded.label, "
        + "first_date = " + earlier("stories", "first_date") + ", last_date = " + later("stories", "last_date"));
    entity = c.prepareStatement("INSERT INTO entities (id, type, name, first_seen, last_seen, mention_count, "
        + "article_count) VALUES (?, ?, ?, ?, ?, ?, 1) "
        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, "
        + "mention_count = entities.mention_count + excluded.mention_count, "
        + "article_count = entities.article_count + 1, "
        + "first_seen = " + earlier("entities", "first_seen") + ", last_seen = " + later("entities", "last_seen"));
    entityName = c.prepareStatement(
        "INSERT INTO entity_names (entity_id, name, name_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    entityTitle = c.prepareStatement(
        "INSERT INTO entity_titles (entity_id, title) VALUES (?, ?) ON CONFLICT DO NOTHING");
    articleEntity = c.prepareStatement(
        "INSERT INTO article_entities (entity_id, article_id, mentions) VALUES (?, ?, ?)");
    // the text is the article's between the offsets; extractor and confidence are ExtractorConfidence's
    entityMention = c.prepareStatement("INSERT INTO entity_mentions (article_id, local_id, entity_id, sentence, "
        + "start_cp, end_cp) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    place = c.prepareStatement("INSERT INTO places (article_id, local_id, entity_id, name, country, lat, lon, kind, "
        + "extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    eventMention = c.prepareStatement("INSERT INTO event_mentions (article_id, local_id, mention_idx, event_id, type, "
        + "mode, acled, status, kind, sentence, start_cp, end_cp, trigger_text, evidence_start_cp, evidence_end_cp, "
        + "date_value, date_text, day, extractor, confidence) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    eventRole = c.prepareStatement("INSERT INTO event_roles (article_id, local_id, event_id, role, entity_id, text, "
        + "start_cp, end_cp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    figure = c.prepareStatement("INSERT INTO figures (article_id, idx, category, value, qualifier, sentence, "
        + "start_cp, end_cp, text, extractor, confidence, role, unit, aggregate) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    eventFigure = c.prepareStatement("INSERT INTO event_figures (event_id, article_id, figure_idx, local_event) "
        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
    // a quote's words are the article text's between its offsets
    quote = c.prepareStatement("INSERT INTO quotes (article_id, idx, direct, speaker_id, speaker_text, cue, "
        + "sentence, start_cp, end_cp, extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    time = c.prepareStatement("INSERT INTO times (article_id, idx, type, value, resolved, sentence, start_cp, "
        + "end_cp, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    searchText = c.prepareStatement(dialect.insertSearchText());
    seqOf = c.prepareStatement("SELECT seq FROM articles WHERE id = ?");
  }

  /** The smaller of a stored date and the new one, nulls ignored (portable: no LEAST/MIN(a, b)). */
  private static String earlier(String table, String column) {
    return pick(table, column, "<");
  }

  private static String later(String table, String column) {
    return pick(table, column, ">");
  }

  private static String pick(String table, String column, String op) {
    String stored = table + "." + column;
    String incoming = "excluded." + column;
    return "CASE WHEN " + incoming + " IS NOT NULL AND (" + stored + " IS NULL OR " + incoming + " " + op + " "
        + stored + ") THEN " + incoming + " ELSE " + stored + " END";
  }

  /** Writes everything; returns the cross-document event ids the article touched. */
  Set<String> write(LinkedArticle la, ArticleOrigin origin) throws SQLException {
    Extraction x = la.extraction();
    Article a = x.article();
    ArticleLinks links = la.links();
    String id = links.articleId();
    LocalDate date = links.date() != null ? links.date() : a.date();
    String day = date == null ? null : date.toString();
    CodePointOffsets cp = new CodePointOffsets(a.text());
    SentenceIndex sentences = new SentenceIndex(la.sentences());

    setText(article, 1, id);
    setText(article, 2, origin == null ? a.id() : origin.inputId());
    setText(article, 3, origin == null ? null : origin.location());
    setText(article, 4, a.title());
    setText(article, 5, a.source());
    setText(article, 6, a.url());
    setText(article, 7, day);
    setText(article, 8, (links.dateSource() != null ? links.dateSource() : a.dateSource()).wireName());
    setText(article, 9, links.dateEvidence());
    setText(article, 10, links.storyId());
    setText(article, 11, a.text());
    setText(article, 12, Instant.now().toString());
    article.executeUpdate();

    if (links.storyId() != null) {
      setText(story, 1, links.storyId());
      setText(story, 2, links.storyLabel());
      setText(story, 3, day);
      setText(story, 4, day);
      story.executeUpdate();
    }

    long seq = seq(id);
    backlog.setLong(1, seq);
    backlog.setBytes(2, ArticleJson.write(la));
    backlog.executeUpdate();
    dialect.bindSearchText(searchText, SearchDocs.article(seq), a.title(),
        SearchDocs.articleBody(a.title(), a.text()));
    searchText.addBatch();

    Map<String, Integer> mentionsPerEntity = new LinkedHashMap<>();
    Map<String, LinkedEntity> linked = new LinkedHashMap<>();
    for (Entity e : x.entities()) {
      LinkedEntity le = links.entities().get(e.id());
      String entityId = le == null ? null : le.id();
      if (le != null) {
        linked.putIfAbsent(le.id(), le);
        mentionsPerEntity.merge(le.id(), e.mentions().size(), Integer::sum);
      }
      for (Mention m : e.mentions()) {
        setText(entityMention, 1, id);
        setText(entityMention, 2, e.id());
        setText(entityMention, 3, entityId);
        setInt(entityMention, 4, sentences.of(m.start()));
        entityMention.setInt(5, cp.toCodePoint(m.start()));
        entityMention.setInt(6, cp.toCodePoint(m.end()));
        entityMention.addBatch();
      }
    }
    for (LinkedEntity le : linked.values()) {
      setText(entity, 1, le.id());
      setText(entity, 2, le.type().name());
      setText(entity, 3, le.name());
      setText(entity, 4, day);
      setText(entity, 5, day);
      entity.setInt(6, mentionsPerEntity.getOrDefault(le.id(), 0));
      entity.executeUpdate();
      Set<String> names = new LinkedHashSet<>();
      names.add(le.name());
      names.addAll(le.aliases());
      for (String n : names) {
        setText(entityName, 1, le.id());
        setText(entityName, 2, n);
        setText(entityName, 3, nameKey(n));
        entityName.addBatch();
      }
      for (String t : le.titles()) {
        setText(entityTitle, 1, le.id());
        setText(entityTitle, 2, t);
        entityTitle.addBatch();
      }
      setText(articleEntity, 1, le.id());
      setText(articleEntity, 2, id);
      articleEntity.setInt(3, mentionsPerEntity.getOrDefault(le.id(), 0));
      articleEntity.addBatch();
    }

    for (Place p : x.places()) {
      setText(place, 1, id);
      setText(place, 2, p.entity());
      setText(place, 3, linkedId(links, p.entity()));
      setText(place, 4, p.name());
      setText(place, 5, p.country());
      setDouble(place, 6, p.lat());
      setDouble(place, 7, p.lon());
      setText(place, 8, p.kind() == null ? null : p.kind().wireName());
      setText(place, 9, ExtractorConfidence.PLACE_EXTRACTOR);
      place.setDouble(10, p.confidence());
      place.addBatch();
    }

    List<Figure> figs = x.figures();
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      setText(figure, 1, id);
      figure.setInt(2, i);
      setText(figure, 3, f.category().wireName());
      figure.setDouble(4, f.value());
      setText(figure, 5, f.qualifier().wireName());
      setInt(figure, 6, sentences.of(f.start()));
      figure.setInt(7, cp.toCodePoint(f.start()));
      figure.setInt(8, cp.toCodePoint(f.end()));
      setText(figure, 9, f.text());
      setText(figure, 10, ExtractorConfidence.FIGURE_EXTRACTOR);
      setDouble(figure, 11, ExtractorConfidence.FIGURE);
      setText(figure, 12, f.role() == null ? null : f.role().wireName());
      setText(figure, 13, f.unit());
      figure.setInt(14, f.aggregate() ? 1 : 0);
      figure.addBatch();
    }

    Set<String> events = new LinkedHashSet<>();
    for (Event v : x.events()) {
      String eventId = links.events().get(v.id());
      if (eventId == null) {
        continue; // an event that names nothing and joined nothing: not a record of its own
      }
      events.add(eventId);
      List<EventMention> ms = v.mentions();
      for (int mi = 0; mi < ms.size(); mi++) {
        EventMention m = ms.get(mi);
        setText(eventMention, 1, id);
        setText(eventMention, 2, v.id());
        eventMention.setInt(3, mi);
        setText(eventMention, 4, eventId);
        setText(eventMention, 5, v.type().name());
        setText(eventMention, 6, v.mode());
        setText(eventMention, 7, v.acled());
        setText(eventMention, 8, m.status().wireName());
        setText(eventMention, 9, m.kind().wireName());
        setInt(eventMention, 10, sentences.of(m.trigger().start()));
        eventMention.setInt(11, cp.toCodePoint(m.trigger().start()));
        eventMention.setInt(12, cp.toCodePoint(m.trigger().end()));
        setText(eventMention, 13, m.trigger().text());
        eventMention.setInt(14, cp.toCodePoint(m.evidence().start()));
        eventMention.setInt(15, cp.toCodePoint(m.evidence().end()));
        DatePrecision.Known known = m.date() == null ? null : DatePrecision.of(m.date().value());
        setText(eventMention, 16, m.date() == null ? null : m.date().value());
        setText(eventMention, 17, m.date() == null ? null : m.date().text());
        setText(eventMention, 18, known == null ? null : known.value());
        setText(eventMention, 19, ExtractorConfidence.EVENT_EXTRACTOR);
        setDouble(eventMention, 20, ExtractorConfidence.EVENT);
        eventMention.addBatch();
      }
      for (EntityRef r : v.actors()) {
        role(id, v, eventId, "actor", r, links, cp);
      }
      for (EntityRef r : v.recipients()) {
        role(id, v, eventId, "recipient", r, links, cp);
      }
      if (v.location() != null) {
        role(id, v, eventId, "place", v.location(), links, cp);
      }
      for (int fi : v.figures()) {
        if (fi >= 0 && fi < figs.size()) {
          setText(eventFigure, 1, eventId);
          setText(eventFigure, 2, id);
          eventFigure.setInt(3, fi);
          setText(eventFigure, 4, v.id());
          eventFigure.addBatch();
        }
      }
    }

    List<Quote> qs = x.quotes();
    for (int i = 0; i < qs.size(); i++) {
      Quote q = qs.get(i);
      setText(quote, 1, id);
      quote.setInt(2, i);
      quote.setInt(3, q.direct() ? 1 : 0);
      setText(quote, 4, q.speaker() == null ? null : linkedId(links, q.speaker().entity()));
      setText(quote, 5, q.speaker() == null ? null : q.speaker().text());
      setText(quote, 6, q.cue() == null ? null : q.cue().text());
      setInt(quote, 7, sentences.of(q.start()));
      quote.setInt(8, cp.toCodePoint(q.start()));
      quote.setInt(9, cp.toCodePoint(q.end()));
      setText(quote, 10, ExtractorConfidence.QUOTE_EXTRACTOR);
      setDouble(quote, 11, ExtractorConfidence.QUOTE);
      quote.addBatch();
      if (i < SearchDocs.MAX_QUOTES) {
        dialect.bindSearchText(searchText, SearchDocs.quote(seq, i), null, q.text());
        searchText.addBatch();
      }
    }

    addTimes(id, la, cp, sentences);

    for (PreparedStatement ps : List.of(entityName, entityTitle, articleEntity, entityMention, place, figure,
        eventMention, eventRole, eventFigure, quote, time, searchText)) {
      ps.executeBatch();
    }
    return events;
  }

  /** The store's sequence number of an article just inserted. */
  private long seq(String id) throws SQLException {
    setText(seqOf, 1, id);
    try (java.sql.ResultSet rs = seqOf.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("article " + id + " was not inserted");
      }
      return rs.getLong(1);
    }
  }

  /** Writes only the time expressions of a stored article (a store migrated to schema 5). */
  void writeTimes(LinkedArticle la) throws SQLException {
    addTimes(la.links().articleId(), la, new CodePointOffsets(la.extraction().article().text()),
        new SentenceIndex(la.sentences()));
    time.executeBatch();
  }

  private void addTimes(String id, LinkedArticle la, CodePointOffsets cp, SentenceIndex sentences)
      throws SQLException {
    List<TimeExpression> ts = la.extraction().times();
    for (int i = 0; i < ts.size(); i++) {
      TimeExpression t = ts.get(i);
      setText(time, 1, id);
      time.setInt(2, i);
      setText(time, 3, t.type().name());
      setText(time, 4, t.value());
      time.setInt(5, t.resolved() ? 1 : 0);
      setInt(time, 6, sentences.of(t.start()));
      time.setInt(7, cp.toCodePoint(t.start()));
      time.setInt(8, cp.toCodePoint(t.end()));
      setText(time, 9, t.text());
      time.addBatch();
    }
  }

  static String nameKey(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private void role(String articleId, Event v, String eventId, String role, EntityRef r, ArticleLinks links,
      CodePointOffsets cp) throws SQLException {
    setText(eventRole, 1, articleId);
    setText(eventRole, 2, v.id());
    setText(eventRole, 3, eventId);
    setText(eventRole, 4, role);
    setText(eventRole, 5, linkedId(links, r.entity()));
    setText(eventRole, 6, r.text());
    eventRole.setInt(7, cp.toCodePoint(r.start()));
    eventRole.setInt(8, cp.toCodePoint(r.end()));
    eventRole.addBatch();
  }

  private static String linkedId(ArticleLinks links, String localEntity) {
    if (localEntity == null) {
      return null;
    }
    LinkedEntity le = links.entities().get(localEntity);
    return le == null ? null : le.id();
  }

  /** A text column, as the engine can store it ({@link SqlDialect#storable}). */
  private void setText(PreparedStatement ps, int i, String v) throws SQLException {
    ps.setString(i, v == null ? null : dialect.storable(v));
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, v);
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : List.of(article, story, entity, entityName, entityTitle, articleEntity, entityMention,
        place, eventMention, eventRole, figure, eventFigure, quote, time, searchText, seqOf, backlog)) {
      ps.close();
    }
  }

  /** The sentence holding an offset (or the nearest before it), by binary search over the bounds. */
  private record SentenceIndex(List<Span> bounds) {
    Integer of(int offset) {
      int lo = 0;
      int hi = bounds.size() - 1;
      Integer best = null;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (bounds.get(mid).start() <= offset) {
          best = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return best;
    }
  }
}
