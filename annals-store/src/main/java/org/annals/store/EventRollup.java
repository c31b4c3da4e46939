package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.DatePrecision;
import org.annals.store.query.FigureReport;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.StoreQueries;

/**
 * Derives a cross-document event's summary from all its mentions, after each article that adds
 * one: type and mode (most reported); status (asserted where any mention asserts it, else claimed
 * where any claims it, else what most mentions say: planned, denied, …); when it happened (the
 * finest date the mentions give, the one most give on a tie, never after the event's first report
 * for what happened (a report that dates it to a period still running, "the summit this month",
 * does not yet tell that it happened); else, or where that date is only a week or month holding the first news
 * report, for an event reported as news, the date of its first news report; a
 * reference alone dates nothing); place (most reported), independent sources (distinct outlets)
 * and whether reported figures conflict (two articles disagree on the same category, role and unit
 * of figure, neither an aggregate tally). Kept in {@code events} so timelines read one row per
 * event.
 */
final class EventRollup implements AutoCloseable {

  private final PreparedStatement mentions;
  private final PreparedStatement places;
  private final PreparedStatement figures;
  private final PreparedStatement upsert;
  private final PreparedStatement participants;
  private final PreparedStatement clearEntityEvents;
  private final PreparedStatement entityEvent;

  EventRollup(Connection c) throws SQLException {
    mentions = c.prepareStatement("SELECT m.type, m.mode, m.date_value, a.date, COALESCE(a.source, a.id), "
        + "m.status, m.kind FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
        + "ORDER BY a.seq, m.local_id, m.mention_idx");
    places = c.prepareStatement("SELECT r.entity_id, COALESCE(e.name, r.text) FROM event_roles r "
        + "LEFT JOIN entities e ON e.id = r.entity_id WHERE r.event_id = ? AND r.role = 'place'");
    figures = c.prepareStatement("SELECT f.category, f.role, f.unit, f.value, f.qualifier, f.aggregate, "
        + "ef.article_id FROM event_figures ef "
        + "JOIN figures f ON f.article_id = ef.article_id AND f.idx = ef.figure_idx WHERE ef.event_id = ?");
    upsert = c.prepareStatement("INSERT INTO events (id, type, mode, day, date_value, place_id, place_name, "
        + "source_count, mention_count, figure_conflict, status, date_precision, date_source, sort_day) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        + "ON CONFLICT (id) DO UPDATE SET type = excluded.type, mode = excluded.mode, day = excluded.day, "
        + "date_value = excluded.date_value, place_id = excluded.place_id, place_name = excluded.place_name, "
        + "source_count = excluded.source_count, mention_count = excluded.mention_count, "
        + "figure_conflict = excluded.figure_conflict, status = excluded.status, "
        + "date_precision = excluded.date_precision, date_source = excluded.date_source, "
        + "sort_day = excluded.sort_day");
    participants = c.prepareStatement("SELECT entity_id, MAX(CASE WHEN role = 'place' THEN 1 ELSE 0 END) "
        + "FROM event_roles WHERE event_id = ? AND entity_id IS NOT NULL GROUP BY entity_id");
    clearEntityEvents = c.prepareStatement("DELETE FROM entity_events WHERE event_id = ?");
    entityEvent = c.prepareStatement(
        "INSERT INTO entity_events (entity_id, event_id, sort_day, as_place) VALUES (?, ?, ?, ?)");
  }


  void refresh(Iterable<String> eventIds) throws SQLException {
    for (String id : eventIds) {
      refresh(id);
    }
  }

  private void refresh(String id) throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> modes = new LinkedHashMap<>();
    Map<String, Integer> statuses = new LinkedHashMap<>();
    List<DatePrecision.Known> dates = new ArrayList<>();
    Map<String, String> dateValues = new HashMap<>();
    Set<String> outlets = new HashSet<>();
    String firstArticle = null;
    String firstNews = null;
    int count = 0;
    mentions.setString(1, id);
    try (ResultSet rs = mentions.executeQuery()) {
      while (rs.next()) {
        count++;
        types.merge(rs.getString(1), 1, Integer::sum);
        if (rs.getString(2) != null) {
          modes.merge(rs.getString(2), 1, Integer::sum);
        }
        DatePrecision.Known known = DatePrecision.of(rs.getString(3));
        if (known != null) {
          dates.add(known);
          dateValues.putIfAbsent(known.value(), rs.getString(3));
        }
        String articleDate = rs.getString(4);
        String status = rs.getString(6);
        statuses.merge(status, 1, Integer::sum);
        // "the summit this month", told on 12 June, does not report that it has happened yet
        boolean runsPast = articleDate != null && known != null
            && known.last().isAfter(LocalDate.parse(articleDate.substring(0, 10)));
        if (articleDate != null && !runsPast && (firstArticle == null || articleDate.compareTo(firstArticle) < 0)) {
          firstArticle = articleDate;
        }
        boolean news = "report".equals(rs.getString(7)) && ("asserted".equals(status) || "claimed".equals(status));
        if (news && articleDate != null && (firstNews == null || articleDate.compareTo(firstNews) < 0)) {
          firstNews = articleDate;
        }
        outlets.add(rs.getString(5));
      }
    }
    if (count == 0) {
      return;
    }
    String status = statuses.containsKey("asserted") ? "asserted" : statuses.containsKey("claimed") ? "claimed"
        : mostReported(statuses, true);
    boolean happened = status.equals("asserted") || status.equals("claimed");
    Dated dated = dated(dates, happened, firstArticle, firstNews);
    DatePrecision.Known when = dated == null ? null : dated.when();
    String dateSource = dated == null ? null : dated.source();
    Map<String, Integer> placeCounts = new LinkedHashMap<>();
    Map<String, String> placeNames = new LinkedHashMap<>();
    places.setString(1, id);
    try (ResultSet rs = places.executeQuery()) {
      while (rs.next()) {
        // an unlinked place is counted by its text, so two articles' "Kyiv" still agree
        String key = rs.getString(1) != null ? rs.getString(1) : "text:" + rs.getString(2);
        placeCounts.merge(key, 1, Integer::sum);
        placeNames.putIfAbsent(key, rs.getString(2));
      }
    }
    String place = mostReported(placeCounts, false);
    boolean conflict = figureConflict(id);
    upsert.setString(1, id);
    upsert.setString(2, mostReported(types, false));
    upsert.setString(3, mostReported(modes, false));
    upsert.setString(4, when == null ? null : when.value());
    upsert.setString(5, when == null ? null : "text".equals(dateSource) ? dateValues.get(when.value()) : when.value());
    upsert.setString(6, place == null || place.startsWith("text:") ? null : place);
    upsert.setString(7, place == null ? null : placeNames.get(place));
    upsert.setInt(8, outlets.size());
    upsert.setInt(9, count);
    upsert.setInt(10, conflict ? 1 : 0);
    upsert.setString(11, status);
    upsert.setString(12, when == null ? null : when.precision().wireName());
    upsert.setString(13, dateSource);
    upsert.setString(14, when == null ? null : when.first().toString());
    upsert.executeUpdate();

    String sortDay = when != null ? when.first().toString() : StoreQueries.UNDATED;
    clearEntityEvents.setString(1, id);
    clearEntityEvents.executeUpdate();
    participants.setString(1, id);
    try (ResultSet rs = participants.executeQuery()) {
      while (rs.next()) {
        entityEvent.setString(1, rs.getString(1));
        entityEvent.setString(2, id);
        entityEvent.setString(3, sortDay);
        entityEvent.setInt(4, rs.getInt(2));
        entityEvent.addBatch();
      }
    }
    entityEvent.executeBatch();
  }

  /** An event's date and where it came from: "text" (its mentions) or "report" (its first news report). */
  record Dated(DatePrecision.Known when, String source) {}

  /**
   * The date the text gives ({@link #when}); for what happened and was reported as news, the
   * first news report's day where the text gives none, or only a week or month that holds that
   * day ("in May", reported as news on 16 May).
   */
  static Dated dated(List<DatePrecision.Known> dates, boolean happened, String firstArticle, String firstNews) {
    DatePrecision.Known when = when(dates, happened ? firstArticle : null);
    if (happened && firstNews != null && (when == null || refinable(when, firstNews))) {
      return new Dated(DatePrecision.of(firstNews), "report");
    }
    return when == null ? null : new Dated(when, "text");
  }

  /** A week or a month that holds the day. */
  private static boolean refinable(DatePrecision.Known period, String day) {
    LocalDate d = LocalDate.parse(day);
    return (period.precision() == DatePrecision.WEEK || period.precision() == DatePrecision.MONTH)
        && !d.isBefore(period.first()) && !d.isAfter(period.last());
  }

  /**
   * When the mentions say it happened: the finest precision given; among those the value most
   * mentions give, the earliest on a tie. For what happened, a date after its first report is a
   * misreading and is not taken.
   */
  static DatePrecision.Known when(List<DatePrecision.Known> dates, String firstReport) {
    LocalDate limit = firstReport == null ? null : LocalDate.parse(firstReport);
    DatePrecision finest = null;
    for (DatePrecision.Known k : dates) {
      if ((limit == null || !k.first().isAfter(limit)) && (finest == null || k.precision().ordinal() < finest.ordinal())) {
        finest = k.precision();
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, DatePrecision.Known> byValue = new HashMap<>();
    for (DatePrecision.Known k : dates) {
      if (k.precision() == finest && (limit == null || !k.first().isAfter(limit))) {
        counts.merge(k.value(), 1, Integer::sum);
        byValue.putIfAbsent(k.value(), k);
      }
    }
    // the earliest by the calendar, not by the value's spelling: 2025-SU before 2025-FA
    DatePrecision.Known best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      DatePrecision.Known k = byValue.get(e.getKey());
      if (e.getValue() > bestCount || e.getValue() == bestCount && k.first().isBefore(best.first())) {
        best = k;
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Whether two articles disagree on one of the event's figures (see {@link FigureReport#disagreesWith}). */
  private boolean figureConflict(String id) throws SQLException {
    Map<FigureSeries.Key, List<FigureReport>> reports = new HashMap<>();
    figures.setString(1, id);
    try (ResultSet rs = figures.executeQuery()) {
      while (rs.next()) {
        reports.computeIfAbsent(new FigureSeries.Key(rs.getString(1), rs.getString(2), rs.getString(3)),
            k -> new ArrayList<>()).add(new FigureReport(rs.getDouble(4), rs.getString(5), null, rs.getString(7),
                null, null, rs.getInt(6) != 0));
      }
    }
    for (List<FigureReport> sameFigure : reports.values()) {
      if (FigureSeries.conflicting(sameFigure)) {
        return true;
      }
    }
    return false;
  }

  /** The key seen most often; ties go to the first seen, or with {@code smallestOnTie} the smallest. */
  private static String mostReported(Map<String, Integer> counts, boolean smallestOnTie) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > bestCount || (c == bestCount && smallestOnTie && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : List.of(mentions, places, figures, upsert, participants, clearEntityEvents,
        entityEvent)) {
      ps.close();
    }
  }
}
