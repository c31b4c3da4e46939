package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.store.query.FigureReport;
import org.annals.store.query.FigureSeries;

/**
 * Derives a cross-document event's summary from all its mentions, after each article that adds
 * one: type and mode (most reported), the day it happened (the day most mentions give, earliest on
 * a tie; else the earliest reporting article's date), place (most reported), independent sources
 * (distinct outlets) and whether reported figures conflict (two articles disagree on the same
 * category, role and unit of figure, neither an aggregate tally). Kept in {@code events} so timelines
 * read one row per event.
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
    mentions = c.prepareStatement("SELECT m.type, m.mode, m.day, m.date_value, a.date, COALESCE(a.source, a.id) "
        + "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
        + "ORDER BY a.seq, m.local_id");
    places = c.prepareStatement("SELECT r.entity_id, COALESCE(e.name, r.text) FROM event_roles r "
        + "LEFT JOIN entities e ON e.id = r.entity_id WHERE r.event_id = ? AND r.role = 'place'");
    figures = c.prepareStatement("SELECT f.category, f.role, f.unit, f.value, f.qualifier, f.aggregate, "
        + "ef.article_id FROM event_figures ef "
        + "JOIN figures f ON f.article_id = ef.article_id AND f.idx = ef.figure_idx WHERE ef.event_id = ?");
    upsert = c.prepareStatement("INSERT INTO events (id, type, mode, day, date_value, place_id, place_name, "
        + "source_count, mention_count, figure_conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        + "ON CONFLICT (id) DO UPDATE SET type = excluded.type, mode = excluded.mode, day = excluded.day, "
        + "date_value = excluded.date_value, place_id = excluded.place_id, place_name = excluded.place_name, "
        + "source_count = excluded.source_count, mention_count = excluded.mention_count, "
        + "figure_conflict = excluded.figure_conflict");
    participants = c.prepareStatement("SELECT entity_id, MAX(CASE WHEN role = 'place' THEN 1 ELSE 0 END) "
        + "FROM event_roles WHERE event_id = ? AND entity_id IS NOT NULL GROUP BY entity_id");
    clearEntityEvents = c.prepareStatement("DELETE FROM entity_events WHERE event_id = ?");
    entityEvent = c.prepareStatement(
        "INSERT INTO entity_events (entity_id, event_id, sort_day, as_place) VALUES (?, ?, ?, ?)");
  }

  /** The sort key of an undated event: after every date, in any engine. */
  static final String UNDATED = "9999-12-31";

  void refresh(Iterable<String> eventIds) throws SQLException {
    for (String id : eventIds) {
      refresh(id);
    }
  }

  private void refresh(String id) throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> modes = new LinkedHashMap<>();
    Map<String, Integer> days = new LinkedHashMap<>();
    Map<String, String> dayValue = new LinkedHashMap<>();
    Set<String> outlets = new HashSet<>();
    String earliestArticle = null;
    int count = 0;
    mentions.setString(1, id);
    try (ResultSet rs = mentions.executeQuery()) {
      while (rs.next()) {
        count++;
        types.merge(rs.getString(1), 1, Integer::sum);
        if (rs.getString(2) != null) {
          modes.merge(rs.getString(2), 1, Integer::sum);
        }
        String day = rs.getString(3);
        if (day != null) {
          days.merge(day, 1, Integer::sum);
          dayValue.putIfAbsent(day, rs.getString(4));
        }
        String articleDate = rs.getString(5);
        if (articleDate != null && (earliestArticle == null || articleDate.compareTo(earliestArticle) < 0)) {
          earliestArticle = articleDate;
        }
        outlets.add(rs.getString(6));
      }
    }
    if (count == 0) {
      return;
    }
    String day = mostReported(days, true);
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
    upsert.setString(4, day != null ? day : earliestArticle);
    upsert.setString(5, day != null ? dayValue.get(day) : null);
    upsert.setString(6, place == null || place.startsWith("text:") ? null : place);
    upsert.setString(7, place == null ? null : placeNames.get(place));
    upsert.setInt(8, outlets.size());
    upsert.setInt(9, count);
    upsert.setInt(10, conflict ? 1 : 0);
    upsert.executeUpdate();

    String sortDay = day != null ? day : earliestArticle != null ? earliestArticle : UNDATED;
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
