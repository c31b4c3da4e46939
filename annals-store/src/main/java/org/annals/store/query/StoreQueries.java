package org.annals.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.store.SearchDocs;
import org.annals.store.SqlDialect;
import org.annals.store.StoreException;

/**
 * Reads the store: timelines, entities, stories, quotes, full-text search and event lists. Returns
 * records and prints nothing. Portable SQL throughout; full-text search goes through the dialect.
 * Event lists and counts keep only the events of {@link #statuses()} (by default what happened:
 * asserted or claimed) and order them by the first day each may have happened, undated last.
 * Not thread-safe: one instance per thread.
 */
public final class StoreQueries {

  /** Ids per IN list: well under every engine's limit on parameters. */
  private static final int CHUNK = 400;

  private static final String EVENT_COLUMNS = "e.id, e.day, e.date_precision, e.date_source, e.status, e.type, "
      + "e.mode, e.place_name, e.source_count, e.mention_count, e.figure_conflict, e.place_id";
  private static final String DAY_ORDER = " ORDER BY CASE WHEN e.sort_day IS NULL THEN 1 ELSE 0 END, e.sort_day, e.id";

  /** events.sort_day and entity_events.sort_day of an undated event (see the migration). */
  public static final String UNDATED = "9999-12-31";
  /**
   * A quote's words, in a query that names the quote {@code q} and its article {@code a}: the
   * article text's between the quote's offsets (the store keeps no copy; substr counts
   * characters, as the offsets count code points).
   */
  public static final String QUOTE_TEXT = "substr(a.text, q.start_cp + 1, q.end_cp - q.start_cp)";

  /** The longest search query, in characters, and the most words in it: the cost grows faster than the words. */
  public static final int MAX_SEARCH_CHARS = 1000;

  public static final int MAX_SEARCH_WORDS = 32;

  private static final Pattern SEARCH_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The most matches of a search that are ranked: the newest (last stored) this many; a word in
   * more texts than this is ranked among its latest uses only.
   */
  public static final int SEARCH_RANK_WINDOW = 5000;

  /** The most articles of one entity its co-occurring entities are counted over. */
  public static final int CO_OCCURRENCE_SAMPLE = 500;

  private final Connection c;
  private final SqlDialect dialect;
  private final EventStatuses statuses;
  private final String store;

  /** Queries keeping what happened (asserted or claimed events); {@code store} names it in errors. */
  public StoreQueries(Connection connection, SqlDialect dialect, String store) {
    this(connection, dialect, EventStatuses.HAPPENED, store);
  }

  private StoreQueries(Connection connection, SqlDialect dialect, EventStatuses statuses, String store) {
    this.c = connection;
    this.dialect = dialect;
    this.statuses = statuses;
    this.store = store;
  }

  /** The same queries keeping the events of these statuses in timelines, event lists and counts. */
  public StoreQueries withStatuses(EventStatuses keep) {
    return new StoreQueries(c, dialect, keep, store);
  }

  public EventStatuses statuses() {
    return statuses;
  }

  /** The one place the status setting enters SQL: a condition on the events row {@code e}. */
  private String statusCondition() {
    return statuses.sqlCondition("e.status");
  }

  // ---- timelines ---------------------------------------------------------------------------

  /** Events an entity (by name or alias, any case) takes part in as actor, recipient or place. */
  public List<TimelineEvent> entityTimeline(String name, LocalDate from, LocalDate to, int limit) {
    List<String> ids = entityIds(name);
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityEvents(ids, false, from, to, limit);
  }

  /** One ordered index range per entity (entity_events): fast however many articles mention it. */
  private List<TimelineEvent> entityEvents(List<String> ids, boolean asPlace, LocalDate from, LocalDate to,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS)
        .append(" FROM entity_events x JOIN events e ON e.id = x.event_id WHERE x.entity_id IN ")
        .append(marks(ids.size())).append(" AND ").append(statusCondition());
    List<Object> params = new ArrayList<>(ids);
    if (asPlace) {
      sql.append(" AND x.as_place = 1");
    }
    if (from != null) {
      sql.append(" AND x.sort_day >= ?");
      params.add(from.toString());
    }
    if (to != null) {
      sql.append(" AND x.sort_day <= ?");
      params.add(to.toString());
    }
    if (from != null || to != null) {
      sql.append(" AND x.sort_day < ?"); // a date range leaves undated events out
      params.add(UNDATED);
    }
    // an entity known under one name as two ids could list an event twice: DISTINCT only then
    sql.append(" ORDER BY x.sort_day, x.event_id LIMIT ?");
    params.add(ids.size() == 1 ? limit : (int) Math.min(Integer.MAX_VALUE, (long) limit * ids.size()));
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    query(sql.toString(), params, rs -> {
      Row r = row(rs);
      if (seen.add(r.id()) && rows.size() < limit) {
        rows.add(r);
      }
    });
    return complete(rows);
  }

  /** Events reported by the articles of a story. */
  public List<TimelineEvent> storyTimeline(String storyId, LocalDate from, LocalDate to, int limit) {
    return timeline("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id "
        + "WHERE a.story_id = ?)", new ArrayList<>(List.of(storyId)), from, to, limit);
  }

  /** Events that happened at a place (by name or alias). */
  public List<TimelineEvent> placeTimeline(String name, LocalDate from, LocalDate to, int limit) {
    List<String> ids = entityIds(name);
    List<Object> params = new ArrayList<>(ids);
    String where;
    if (ids.isEmpty()) {
      // an unlinked place is still found by the name its event mentions gave
      where = "LOWER(e.place_name) = ?";
      params.add(key(name));
    } else {
      return entityEvents(ids, true, from, to, limit);
    }
    return timeline(where, params, from, to, limit);
  }

  /** Events by type, date range, place and actor, in the order they happened. */
  public List<TimelineEvent> events(EventFilter f) {
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new ArrayList<>();
    if (f.type() != null) {
      where.append(" AND e.type = ?");
      params.add(f.type().toUpperCase(Locale.ROOT));
    }
    for (String[] role : new String[][] {{"place", f.place()}, {"actor", f.actor()}}) {
      if (role[1] == null) {
        continue;
      }
      List<String> ids = entityIds(role[1]);
      if (ids.isEmpty()) {
        return List.of();
      }
      where.append(" AND e.id IN (SELECT r.event_id FROM event_roles r WHERE r.role = '").append(role[0])
          .append("' AND r.entity_id IN ").append(marks(ids.size())).append(")");
      params.addAll(ids);
    }
    return timeline(where.toString(), params, f.from(), f.to(), f.limit());
  }

  /** Events by id, in the order given, whatever their status (ids not stored are left out). */
  public List<TimelineEvent> eventsByIds(List<String> ids) {
    Map<String, Row> byId = new HashMap<>();
    forChunks(ids, chunk -> query("SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id IN " + marks(chunk.size()),
        new ArrayList<>(chunk), rs -> byId.put(rs.getString(1), row(rs))));
    return complete(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getInt(11) != 0,
        rs.getString(12));
  }

  private List<TimelineEvent> timeline(String where, List<Object> params, LocalDate from, LocalDate to, int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS).append(" FROM events e WHERE ")
        .append(where).append(" AND ").append(statusCondition());
    if (from != null) {
      sql.append(" AND e.sort_day >= ?");
      params.add(from.toString());
    }
    if (to != null) {
      sql.append(" AND e.sort_day <= ?");
      params.add(to.toString());
    }
    sql.append(DAY_ORDER).append(" LIMIT ?");
    params.add(limit);
    List<Row> rows = new ArrayList<>();
    query(sql.toString(), params, rs -> rows.add(row(rs)));
    return complete(rows);
  }

  /** An events row before its participants and figures are read. */
  private record Row(String id, String day, String datePrecision, String dateSource, String status, String type,
      String mode, String place, int sources, int mentions, boolean conflict, String placeId) {}

  private List<TimelineEvent> complete(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, Map<String, Participant>> actors = new HashMap<>();
    Map<String, Map<String, Participant>> recipients = new HashMap<>();
    forChunks(ids, chunk -> query("SELECT r.event_id, r.role, r.entity_id, COALESCE(n.name, r.text) "
        + "FROM event_roles r LEFT JOIN entities n ON n.id = r.entity_id "
        + "WHERE r.role IN ('actor', 'recipient') AND r.event_id IN " + marks(chunk.size()), new ArrayList<>(chunk),
        rs -> {
          var target = "actor".equals(rs.getString(2)) ? actors : recipients;
          String entityId = rs.getString(3);
          String name = rs.getString(4);
          String dedupe = entityId != null ? entityId : "text:" + key(name);
          target.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .putIfAbsent(dedupe, new Participant(entityId, name));
        }));
    // a party some reports name as the actor is the record's actor, not also its recipient
    // ("Macron; Putin" phoned "Putin": one report told the call from each side)
    recipients.forEach((event, parties) -> parties.keySet().removeAll(actors.getOrDefault(event, Map.of()).keySet()));
    // oldest first: article date (undated first), then ingest order, then position in the article
    Map<String, Map<FigureSeries.Key, List<FigureReport>>> reports = new HashMap<>();
    forChunks(ids, chunk -> query("SELECT ef.event_id, f.category, f.role, f.unit, f.value, f.qualifier, f.text, "
        + "a.id, a.source, a.date, f.aggregate FROM event_figures ef JOIN figures f ON f.article_id = ef.article_id "
        + "AND f.idx = ef.figure_idx JOIN articles a ON a.id = ef.article_id WHERE ef.event_id IN "
        + marks(chunk.size()) + " ORDER BY COALESCE(a.date, ''), a.seq, f.idx", new ArrayList<>(chunk), rs -> {
          FigureReport r = new FigureReport(rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getInt(11) != 0);
          reports.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
              .computeIfAbsent(new FigureSeries.Key(rs.getString(2), rs.getString(3), rs.getString(4)),
                  k -> new ArrayList<>())
              .add(r);
        }));
    List<TimelineEvent> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<FigureSeries> figures = new ArrayList<>();
      for (var e : reports.getOrDefault(row.id(), Map.of()).entrySet()) {
        figures.add(FigureSeries.of(e.getKey(), e.getValue()));
      }
      out.add(new TimelineEvent(row.id(), row.day(), row.datePrecision(), row.dateSource(), row.status(),
          row.type(), row.mode(),
          List.copyOf(actors.getOrDefault(row.id(), Map.of()).values()),
          List.copyOf(recipients.getOrDefault(row.id(), Map.of()).values()),
          row.placeId(), row.place(), figures, row.sources(), row.mentions(), row.conflict()));
    }
    return out;
  }

  /**
   * One event with every sentence that mentions it, oldest article first (undated articles first,
   * then ingest order, then text order); empty where no such event is stored. Any status.
   */
  public Optional<EventDetail> event(String id) {
    List<TimelineEvent> events = eventsByIds(List.of(id));
    if (events.isEmpty()) {
      return Optional.empty();
    }
    List<EventReport> reports = new ArrayList<>();
    query("SELECT m.article_id, a.input_id, a.title, a.source, a.url, a.date, m.sentence, m.trigger_text, m.start_cp, "
        + "m.end_cp, m.status, m.kind, m.acled, m.evidence_start_cp, m.evidence_end_cp, a.text "
        + "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
        + "ORDER BY COALESCE(a.date, ''), a.seq, m.start_cp, m.local_id, m.mention_idx", List.of(id), rs -> {
          String text = rs.getString(16);
          int from = rs.getInt(14);
          int to = rs.getInt(15);
          reports.add(new EventReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), rs.getInt(9),
              rs.getInt(10), rs.getString(11), rs.getString(12), rs.getString(13), from,
              text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to))));
        });
    return Optional.of(new EventDetail(events.get(0), reports));
  }

  /**
   * Geocoded places by the events that happened there (of {@link #statuses()}), most events first;
   * only a story's events where {@code storyId} is given, only the events an entity takes part in
   * or happened at where {@code entityId} is given.
   */
  public List<MapPoint> mapPoints(String storyId, String entityId, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT e.place_id, COALESCE(n.name, MIN(e.place_name)), g.lat, g.lon, "
        + "COUNT(*) AS k FROM events e JOIN (SELECT entity_id, MIN(lat) AS lat, MIN(lon) AS lon FROM places "
        + "WHERE lat IS NOT NULL AND lon IS NOT NULL AND entity_id IS NOT NULL GROUP BY entity_id) g "
        + "ON g.entity_id = e.place_id LEFT JOIN entities n ON n.id = e.place_id WHERE ").append(statusCondition());
    if (storyId != null) {
      sql.append(" AND e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id "
          + "WHERE a.story_id = ?)");
      params.add(storyId);
    }
    if (entityId != null) {
      sql.append(" AND (e.place_id = ? OR e.id IN (SELECT r.event_id FROM event_roles r WHERE r.entity_id = ?))");
      params.add(entityId);
      params.add(entityId);
    }
    sql.append(" GROUP BY e.place_id, n.name, g.lat, g.lon ORDER BY k DESC, e.place_id LIMIT ?");
    params.add(limit);
    List<MapPoint> out = new ArrayList<>();
    query(sql.toString(), params, rs -> out.add(new MapPoint(rs.getString(1), rs.getString(2), rs.getDouble(3),
        rs.getDouble(4), rs.getInt(5))));
    return out;
  }

  // ---- articles ----------------------------------------------------------------------------

  private static final String ARTICLE_COLUMNS = "a.id, a.input_id, a.title, a.source, a.url, a.date, a.date_source, "
      + "a.story_id";

  /** Stored articles in ingest order, {@code offset} skipped, at most {@code limit}. */
  public List<ArticleSummary> articles(int limit, int offset) {
    List<ArticleSummary> out = new ArrayList<>();
    query("SELECT " + ARTICLE_COLUMNS + " FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?", List.of(limit, offset),
        rs -> out.add(articleSummary(rs)));
    return out;
  }

  /**
   * One article with its text and its entity mentions, event triggers, time expressions, figures and quotes as marks
   * in text order; empty where not stored.
   */
  public Optional<ArticleView> article(String id) {
    List<ArticleView> found = new ArrayList<>();
    query("SELECT " + ARTICLE_COLUMNS + ", a.text FROM articles a WHERE a.id = ?", List.of(id),
        rs -> found.add(new ArticleView(articleSummary(rs), rs.getString(9), List.of())));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<ArticleView.Mark> marks = new ArrayList<>();
    query("SELECT m.start_cp, m.end_cp, n.type, m.entity_id FROM entity_mentions m LEFT JOIN entities n "
        + "ON n.id = m.entity_id WHERE m.article_id = ?", List.of(id),
        rs -> marks.add(new ArticleView.Mark("entity", rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            null)));
    query("SELECT m.start_cp, m.end_cp, m.type, m.event_id, m.status FROM event_mentions m WHERE m.article_id = ?",
        List.of(id), rs -> marks.add(new ArticleView.Mark("event", rs.getInt(1), rs.getInt(2), rs.getString(3),
            rs.getString(4), rs.getString(5))));
    query("SELECT t.start_cp, t.end_cp, t.type, t.value FROM times t WHERE t.article_id = ?", List.of(id),
        rs -> marks.add(new ArticleView.Mark("time", rs.getInt(1), rs.getInt(2), rs.getString(3), null,
            rs.getString(4))));
    query("SELECT f.start_cp, f.end_cp, f.category, f.value FROM figures f WHERE f.article_id = ?", List.of(id),
        rs -> marks.add(new ArticleView.Mark("figure", rs.getInt(1), rs.getInt(2), rs.getString(3), null,
            figureValue(rs.getDouble(4)))));
    query("SELECT q.start_cp, q.end_cp, COALESCE(n.name, q.speaker_text), q.speaker_id, q.cue FROM quotes q "
        + "LEFT JOIN entities n ON n.id = q.speaker_id WHERE q.article_id = ?", List.of(id),
        rs -> marks.add(new ArticleView.Mark("quote", rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getString(5))));
    marks.sort(Comparator.comparingInt(ArticleView.Mark::start).thenComparingInt(m -> -m.end())
        .thenComparing(ArticleView.Mark::kind));
    return Optional.of(new ArticleView(found.get(0).article(), found.get(0).text(), marks));
  }

  private static String figureValue(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static ArticleSummary articleSummary(ResultSet rs) throws SQLException {
    return new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8));
  }

  // ---- entities ----------------------------------------------------------------------------

  /** Every entity known under this name or alias (any case), or with this id. */
  public List<EntityProfile> entity(String name) {
    List<EntityProfile> out = new ArrayList<>();
    for (String id : entityIds(name)) {
      profile(id).ifPresent(out::add);
    }
    out.sort(Comparator.comparingLong(EntityProfile::mentionCount).reversed());
    return out;
  }

  private Optional<EntityProfile> profile(String id) {
    String[] row = new String[4];
    long[] counts = new long[2];
    boolean[] found = {false};
    query("SELECT type, name, first_seen, last_seen, mention_count, article_count FROM entities WHERE id = ?",
        List.of(id), rs -> {
          found[0] = true;
          for (int i = 0; i < 4; i++) {
            row[i] = rs.getString(i + 1);
          }
          counts[0] = rs.getLong(5);
          counts[1] = rs.getLong(6);
        });
    if (!found[0]) {
      return Optional.empty();
    }
    List<String> aliases = new ArrayList<>();
    query("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name", List.of(id), rs -> {
      if (!rs.getString(1).equals(row[1])) {
        aliases.add(rs.getString(1));
      }
    });
    List<String> titles = new ArrayList<>();
    query("SELECT title FROM entity_titles WHERE entity_id = ? ORDER BY title", List.of(id),
        rs -> titles.add(rs.getString(1)));
    // counted over at most CO_OCCURRENCE_SAMPLE of its articles, those of lowest id: content hashes,
    // so a fixed, order-free sample, and the cost stays bounded for an entity in every article
    List<EntityProfile.CoOccurrence> related = new ArrayList<>();
    query("SELECT c.entity_id, n.name, n.type, c.shared FROM (SELECT o.entity_id, COUNT(*) AS shared "
        + "FROM (SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id LIMIT ?) s "
        + "JOIN article_entities o ON o.article_id = s.article_id WHERE o.entity_id <> ? "
        + "GROUP BY o.entity_id ORDER BY shared DESC, o.entity_id LIMIT 10) c "
        + "JOIN entities n ON n.id = c.entity_id ORDER BY c.shared DESC, c.entity_id",
        List.of(id, CO_OCCURRENCE_SAMPLE, id),
        rs -> related.add(new EntityProfile.CoOccurrence(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getLong(4))));
    return Optional.of(new EntityProfile(id, row[0], row[1], aliases, titles, counts[0], counts[1], row[2], row[3],
        related, Math.min(counts[1], CO_OCCURRENCE_SAMPLE)));
  }

  /**
   * The entities a user means by a name: those with it as name or alias (any case), else the one
   * with that id, else the people whose full name ends with it, else the entity most often given
   * it as a title.
   */
  public List<String> entityIds(String name) {
    List<String> ids = new ArrayList<>();
    query("SELECT DISTINCT entity_id FROM entity_names WHERE name_key = ? ORDER BY entity_id", List.of(key(name)),
        rs -> ids.add(rs.getString(1)));
    if (ids.isEmpty()) {
      query("SELECT id FROM entities WHERE id = ?", List.of(name.strip()), rs -> ids.add(rs.getString(1)));
    }
    if (ids.isEmpty() && !key(name).contains(" ")) {
      // a surname alone ("Veres") finds the people whose full name ends with it
      query("SELECT DISTINCT n.entity_id FROM entity_names n JOIN entities e ON e.id = n.entity_id "
          + "WHERE e.type = 'PERSON' AND n.name_key LIKE ? ESCAPE '\\' ORDER BY n.entity_id",
          List.of("% " + likeLiteral(key(name))),
          rs -> ids.add(rs.getString(1)));
    }
    if (ids.isEmpty()) {
      // a title ("the Ukrainian president") names whoever holds it most often in the record
      String title = key(name).replaceFirst("^the\\s+", "");
      query("SELECT t.entity_id FROM entity_titles t JOIN article_entities x ON x.entity_id = t.entity_id "
          + "WHERE LOWER(t.title) = ? GROUP BY t.entity_id ORDER BY SUM(x.mentions) DESC, t.entity_id LIMIT 1",
          List.of(title), rs -> ids.add(rs.getString(1)));
    }
    return ids;
  }

  // ---- stories -----------------------------------------------------------------------------

  /** Stories, most recently updated first. */
  public List<StorySummary> stories(int limit) {
    List<StorySummary> out = new ArrayList<>();
    query(storySql("") + " ORDER BY CASE WHEN s.last_date IS NULL THEN 1 ELSE 0 END, s.last_date DESC, s.id LIMIT ?",
        List.of(limit), rs -> out.add(story(rs)));
    return out;
  }

  public Optional<StoryDetail> story(String id, int eventLimit) {
    List<StorySummary> found = new ArrayList<>();
    query(storySql(" WHERE s.id = ?"), List.of(id), rs -> found.add(story(rs)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<StoryDetail.StoryArticle> articles = new ArrayList<>();
    query("SELECT id, title, date, source FROM articles WHERE story_id = ? "
        + "ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date, seq", List.of(id),
        rs -> articles.add(new StoryDetail.StoryArticle(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4))));
    return Optional.of(new StoryDetail(found.get(0), articles, storyTimeline(id, null, null, eventLimit)));
  }

  private String storySql(String where) {
    return "SELECT s.id, s.label, (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id), "
        + "(SELECT COUNT(DISTINCT m.event_id) FROM event_mentions m JOIN articles a ON a.id = m.article_id "
        + "JOIN events e ON e.id = m.event_id WHERE a.story_id = s.id AND " + statusCondition() + "), "
        + "s.first_date, s.last_date FROM stories s" + where;
  }

  private static StorySummary story(ResultSet rs) throws SQLException {
    return new StorySummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
        rs.getString(6));
  }

  // ---- quotes and search ---------------------------------------------------------------------

  /**
   * Quotes of a speaker (name or alias; else the speaker's words as the article gave them), or every
   * quote where {@code speaker} is null; oldest first.
   */
  public List<QuoteRecord> quotes(String speaker, int limit) {
    return quotes(speaker, null, limit);
  }

  /** As {@link #quotes(String, int)}, only in the articles of a story where {@code storyId} is given. */
  public List<QuoteRecord> quotes(String speaker, String storyId, int limit) {
    List<String> ids = speaker == null ? List.of() : entityIds(speaker);
    List<Object> params = new ArrayList<>(ids);
    String where;
    if (speaker == null) {
      where = "1 = 1";
    } else if (ids.isEmpty()) {
      where = "LOWER(q.speaker_text) = ?";
      params.add(key(speaker));
    } else {
      where = "q.speaker_id IN " + marks(ids.size());
    }
    if (storyId != null) {
      where += " AND a.story_id = ?";
      params.add(storyId);
    }
    params.add(limit);
    List<QuoteRecord> out = new ArrayList<>();
    query("SELECT q.article_id, a.date, a.title, a.source, q.speaker_id, COALESCE(n.name, q.speaker_text), "
        + QUOTE_TEXT + ", q.direct, q.cue, q.start_cp, q.end_cp, q.sentence "
        + "FROM quotes q JOIN articles a ON a.id = q.article_id "
        + "LEFT JOIN entities n ON n.id = q.speaker_id WHERE " + where
        + " ORDER BY CASE WHEN a.date IS NULL THEN 1 ELSE 0 END, a.date, a.seq, q.idx LIMIT ?", params,
        rs -> out.add(new QuoteRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) != 0, rs.getString(9), rs.getInt(10),
            rs.getInt(11), (Integer) rs.getObject(12))));
    return out;
  }

  /**
   * Full-text search over article titles and texts and quote texts, best match first (BM25) among
   * the newest {@link #SEARCH_RANK_WINDOW} matches.
   */
  public List<SearchHit> search(String text, int limit) {
    if (text.length() > MAX_SEARCH_CHARS) {
      throw new IllegalArgumentException("search: the query is " + text.length() + " characters long; at most "
          + MAX_SEARCH_CHARS + " are searched");
    }
    // the words the index searches: runs of letters and digits, whatever else the user typed
    List<String> words = new ArrayList<>();
    Matcher w = SEARCH_WORD.matcher(text);
    while (w.find()) {
      words.add(w.group());
    }
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.size() > MAX_SEARCH_WORDS) {
      throw new IllegalArgumentException("search: the query has " + words.size() + " words; at most "
          + MAX_SEARCH_WORDS + " are searched (every word must occur)");
    }
    String q = dialect.searchQuery(words);
    long[] from = {0};
    query(dialect.searchWindowSql(), List.of(q, SEARCH_RANK_WINDOW - 1), rs -> from[0] = rs.getLong(1));
    List<SearchHit> out = new ArrayList<>();
    // the index holds no text: a hit's id names the article (and quote), whose stored text gives the snippet
    query("SELECT a.id, s.doc, a.title, a.date, a.text, " + QUOTE_TEXT
        + " FROM (" + dialect.searchSql() + ") s "
        + "JOIN articles a ON a.seq = s.doc / " + SearchDocs.PER_ARTICLE + " LEFT JOIN quotes q "
        + "ON q.article_id = a.id AND q.idx = s.doc % " + SearchDocs.PER_ARTICLE + " - 1 ORDER BY s.score",
        List.of(q, from[0], limit), rs -> {
          Integer quote = SearchDocs.quoteIndex(rs.getLong(2));
          String title = rs.getString(3);
          String body = quote != null ? rs.getString(6) : SearchDocs.articleBody(title, rs.getString(5));
          out.add(new SearchHit(rs.getString(1), quote == null ? "article" : "quote", quote, title, rs.getString(4),
              Snippet.of(body == null ? "" : body, words)));
        });
    return out;
  }

  // ---- plumbing ----------------------------------------------------------------------------

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The text as a LIKE pattern that matches only itself: % and _ are literal. */
  static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String marks(int n) {
    return "(" + "?, ".repeat(n - 1) + "?)";
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private interface ChunkQuery {
    void run(List<String> chunk);
  }

  private static void forChunks(List<String> ids, ChunkQuery q) {
    for (int i = 0; i < ids.size(); i += CHUNK) {
      q.run(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
  }

  private void query(String sql, Collection<?> params, RowReader reader) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Object p : params) {
        ps.setObject(i++, p);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(dialect.damaged(e) ? dialect.damage(store, e.getMessage())
          : store + ": query failed: " + e.getMessage(), e);
    }
  }
}
