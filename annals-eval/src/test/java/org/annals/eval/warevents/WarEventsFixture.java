package org.annals.eval.warevents;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.AnnalsStore;
import org.annals.store.SqliteDialect;

/**
 * The hand-made warevents fixture under {@code eval/warevents/}: a gold of 4 events, 3 non-events
 * and 3 hard negatives over 4 invented articles (news-a3 repeats news-a2's text), and a system's
 * event mentions; the figures are worked by hand in {@link WarEventsScorerTest}.
 */
final class WarEventsFixture {

  private WarEventsFixture() {}

  static Path gold() {
    return resource("warevents/tiny_events.json");
  }

  static Path corpus() {
    return resource("news/tiny_corpus.jsonl");
  }

  static Path system() {
    return resource("warevents/tiny_system.jsonl");
  }

  private static Path resource(String path) {
    try {
      return Path.of(WarEventsFixture.class.getResource("/eval/warevents/" + path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The mentions written into a new Annals store at {@code db} with plain JDBC: one article per
   * input id (with its corpus text), one event row per event id with the last day its mentions in
   * corpus articles give (a store keeps one day per event).
   */
  static Path asStore(Map<String, List<SystemMention>> system, Map<String, String> texts, Path db)
      throws IOException {
    AnnalsStore.open(db).close();
    Map<String, String> dayOf = new LinkedHashMap<>();
    system.forEach((id, ms) -> ms.forEach(m -> {
      if (texts.containsKey(id) || !dayOf.containsKey(m.eventId())) {
        dayOf.put(m.eventId(), m.day());
      }
    }));
    try (Connection c = new SqliteDialect(db).dataSource(false).getConnection();
        PreparedStatement article = c.prepareStatement("INSERT INTO articles (id, input_id, date_source, text, "
            + "stored_at) VALUES (?, ?, 'input', ?, '2026-01-01T00:00:00Z')");
        PreparedStatement event = c.prepareStatement("INSERT INTO events (id, type, day, source_count, "
            + "mention_count, figure_conflict) VALUES (?, 'ASSAULT', ?, 1, 1, 0)");
        PreparedStatement mention = c.prepareStatement("INSERT INTO event_mentions (article_id, local_id, "
            + "mention_idx, event_id, type, status, kind, start_cp, end_cp, trigger_text, evidence_start_cp, "
            + "evidence_end_cp, extractor) VALUES (?, ?, 0, ?, 'ASSAULT', ?, 'report', ?, ?, 'trigger', 0, 0, 'test')")) {
      for (Map.Entry<String, List<SystemMention>> e : system.entrySet()) {
        String articleId = "hash-of-" + e.getKey();
        article.setString(1, articleId);
        article.setString(2, e.getKey());
        article.setString(3, texts.getOrDefault(e.getKey(), ""));
        article.executeUpdate();
        int n = 0;
        for (SystemMention m : e.getValue()) {
          mention.setString(1, articleId);
          mention.setString(2, "ev" + ++n);
          mention.setString(3, m.eventId());
          mention.setString(4, m.status());
          mention.setInt(5, m.start());
          mention.setInt(6, m.end());
          mention.executeUpdate();
        }
      }
      for (Map.Entry<String, String> e : dayOf.entrySet()) {
        event.setString(1, e.getKey());
        event.setString(2, e.getValue());
        event.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    return db;
  }
}
