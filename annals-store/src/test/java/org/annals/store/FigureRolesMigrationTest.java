package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annals.link.LinkedArticle;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRole;
import org.annals.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before schema 3 (no figure role, unit or aggregate; conflicts flagged within one
 * article) opens, migrates and follows the new conflict rule; its stored articles, whose JSON has
 * no such fields, still replay.
 */
class FigureRolesMigrationTest {

  @TempDir
  Path dir;

  @Test
  void aVersionTwoStoreMigratesDerivesConflictsAgainAndReplaysOldJson() throws Exception {
    Path file = dir.resolve("old.db");
    LinkedArticle oneArticleTwoTolls = new ArticleBuilder("Shelling hit Orvel: 7 dead, later 9 dead, officials said.")
        .date("2026-02-02").source("Wire")
        .figure("7", 7, FigureCategory.KILLED).figure("9", 9, FigureCategory.KILLED)
        .event("ev1", "V-orvel", PloverType.ASSAULT, null, "Shelling", List.of(), List.of(), null, null, List.of(0, 1))
        .build();
    List<LinkedArticle> written = List.of(Fixtures.strikeFirstReport(), Fixtures.strikeRevised(), oneArticleTwoTolls);
    long entityMentions;
    try (AnnalsStore store = AnnalsStore.open(file)) {
      written.forEach(a -> store.put(a, null));
      entityMentions = Long.parseLong(scalar(store, "SELECT COUNT(*) FROM entity_mentions"));
    }
    assertThat(entityMentions).isPositive();
    makeVersionTwo(file);

    List<String> said = new ArrayList<>();
    try (AnnalsStore store = AnnalsStore.open(file, said::add)) {
      // a long upgrade is announced, and its end
      assertThat(said).hasSize(2);
      assertThat(said.get(0)).startsWith("upgrading " + file + " from store schema 2 to " + AnnalsStore.SCHEMA_VERSION);
      assertThat(said.get(1)).startsWith("upgraded " + file).contains("VACUUM");
      assertThat(scalar(store, "SELECT MAX(version) FROM flyway_schema_history"))
          .isEqualTo(String.valueOf(AnnalsStore.SCHEMA_VERSION));
      assertThat(scalar(store, "SELECT COUNT(*) FROM figures WHERE role IS NULL AND unit IS NULL AND aggregate = 0"))
          .isEqualTo("4");
      // derived again: the one article's 7 and 9 no longer conflict; two articles' 7 and 9 still do
      assertThat(scalar(store, "SELECT figure_conflict FROM events WHERE id = 'V-orvel'")).isEqualTo("0");
      assertThat(scalar(store, "SELECT figure_conflict FROM events WHERE id = 'V-strike'")).isEqualTo("1");
      // schema 5: the times come from the stored JSON, the entity counts from article_entities
      assertThat(scalar(store, "SELECT mention_count || '/' || article_count FROM entities WHERE id = 'P-zel'"))
          .isEqualTo("3/2");
      assertThat(scalar(store, "SELECT COUNT(*) FROM times"))
          .isEqualTo(String.valueOf(written.stream().mapToInt(a -> a.extraction().times().size()).sum()));
      // schema 6: the search index carried over, without its copy of the texts
      assertThat(store.queries().search("Orvel dead", 5)).singleElement()
          .satisfies(h -> assertThat(h.snippet()).isEqualTo("Shelling hit [Orvel]: 7 [dead], later 9 [dead], officials said."));
      assertThat(scalar(store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'search_text'")).isEqualTo("0");
      // schema 7: tables read by their key keep their rows in it
      for (String table : List.of("article_entities", "entity_events", "times", "quotes", "event_mentions")) {
        assertThat(scalar(store, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'"))
            .as(table).endsWith("WITHOUT ROWID");
      }
      // schema 8: the replay copies moved to the linker backlog; no snapshot yet
      assertThat(scalar(store, "SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name = 'linked_gz'"))
          .isEqualTo("0");
      assertThat(store.backlogSize()).isEqualTo(written.size());
      assertThat(store.linkerSnapshot()).isEmpty();
      // schema 9: entity mentions keyed by article and span, without what the article text or the extractor gives
      assertThat(scalar(store, "SELECT COUNT(*) FROM entity_mentions")).isEqualTo(String.valueOf(entityMentions));
      assertThat(scalar(store, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'entity_mentions'"))
          .endsWith("WITHOUT ROWID").doesNotContain("confidence");
      assertThat(scalar(store, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'entity_mentions_%'")).isEqualTo("0");
      assertThat(scalar(store, "SELECT COUNT(*) FROM pragma_table_info('quotes') WHERE name = 'text'")).isEqualTo("0");
      assertThat(store.queries().search("wants war", 5)).anySatisfy(h -> {
        assertThat(h.kind()).isEqualTo("quote");
        assertThat(h.snippet()).isEqualTo("Russia [wants] [war]");
      });
      List<LinkedArticle> replayed = new ArrayList<>();
      store.replay(replayed::add);
      assertThat(replayed).containsExactlyElementsOf(written);
      assertThat(replayed.get(2).extraction().figures()).extracting(Figure::role, Figure::unit, Figure::aggregate)
          .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, false));
    }
  }

  @Test
  void figureFieldsRoundTripThroughTheStoredJson() {
    LinkedArticle a = new ArticleBuilder("Valdor fired 40 drones and spent $2m.").date("2026-02-03")
        .figure("40", 40, FigureQualifier.EXACT, FigureCategory.DRONES, FigureRole.LAUNCHED, null, true)
        .figure("$2m", 2e6, FigureQualifier.EXACT, FigureCategory.MONEY, null, "USD", false)
        .build();
    assertThat(ArticleJson.read(ArticleJson.write(a))).isEqualTo(a);
  }

  /**
   * Turns a schema-3 store into what schema 2 wrote: the three figure columns gone, the migration
   * unrecorded, an intra-article conflict flagged as the old rule did, and each article's JSON
   * without the figure fields.
   */
  private static void makeVersionTwo(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (Connection c = new SqliteDialect(file).dataSource(false).getConnection();
        Statement s = c.createStatement()) {
      // what schema 9 changed: entity mentions kept their text, extractor and confidence, and two indexes
      s.execute("ALTER TABLE entity_mentions RENAME TO entity_mentions_v9");
      s.execute("CREATE TABLE entity_mentions (article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id TEXT, "
          + "sentence INTEGER, start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL, text TEXT NOT NULL, "
          + "extractor TEXT NOT NULL, confidence REAL)");
      s.execute("INSERT INTO entity_mentions SELECT m.article_id, m.local_id, m.entity_id, m.sentence, m.start_cp, "
          + "m.end_cp, substr(a.text, m.start_cp + 1, m.end_cp - m.start_cp), 'EntityResolver', 0.93 "
          + "FROM entity_mentions_v9 m JOIN articles a ON a.id = m.article_id");
      s.execute("DROP TABLE entity_mentions_v9");
      s.execute("CREATE INDEX entity_mentions_article ON entity_mentions (article_id)");
      s.execute("CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id)");
      // …and quotes kept their words
      s.execute("ALTER TABLE quotes ADD COLUMN text TEXT NOT NULL DEFAULT ''");
      s.execute("UPDATE quotes SET text = (SELECT substr(a.text, quotes.start_cp + 1, quotes.end_cp - quotes.start_cp) "
          + "FROM articles a WHERE a.id = quotes.article_id)");
      // what schema 8 changed: every article kept its replay copy, and there was no linker snapshot
      s.execute("ALTER TABLE articles ADD COLUMN linked_gz BLOB");
      s.execute("UPDATE articles SET linked_gz = (SELECT linked_gz FROM linker_backlog b WHERE b.seq = articles.seq)");
      s.execute("DROP TABLE linker_backlog");
      s.execute("DROP TABLE linker_snapshot");
      for (String column : List.of("role", "unit", "aggregate")) {
        s.execute("ALTER TABLE figures DROP COLUMN " + column);
      }
      // and what schema 4 added to events
      s.execute("DROP INDEX events_sort_day");
      for (String column : List.of("status", "date_precision", "date_source", "sort_day")) {
        s.execute("ALTER TABLE events DROP COLUMN " + column);
      }
      // and what schema 5 added
      s.execute("DROP TABLE times");
      s.execute("ALTER TABLE entities DROP COLUMN mention_count");
      s.execute("ALTER TABLE entities DROP COLUMN article_count");
      s.execute("DROP INDEX article_entities_article");
      s.execute("CREATE INDEX article_entities_article ON article_entities (article_id)");
      // and what schema 6 changed: the full-text index held its own copy of every text
      s.execute("DROP TABLE search_index");
      s.execute("CREATE VIRTUAL TABLE search_text USING fts5 (article_id UNINDEXED, kind UNINDEXED, ref UNINDEXED, "
          + "body, tokenize = 'unicode61 remove_diacritics 2')");
      s.execute("INSERT INTO search_text (article_id, kind, ref, body) "
          + "SELECT id, 'article', NULL, COALESCE(title || char(10), '') || text FROM articles");
      s.execute("INSERT INTO search_text (article_id, kind, ref, body) SELECT article_id, 'quote', idx, text FROM quotes");
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('3', '4', '5', '6', '7', '8', '9')");
      s.execute("UPDATE events SET figure_conflict = 1 WHERE id = 'V-orvel'");
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id, linked_gz FROM articles")) {
        while (rs.next()) {
          JsonNode tree = json.readTree(new GZIPInputStream(new ByteArrayInputStream(rs.getBytes(2))));
          for (JsonNode f : tree.at("/extraction/figures")) {
            ((ObjectNode) f).remove(List.of("role", "unit", "aggregate"));
          }
          rows.add(new String[] {rs.getString(1), json.writeValueAsString(tree)});
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET linked_gz = ? WHERE id = ?")) {
        for (String[] r : rows) {
          assertThat(r[1]).doesNotContain("\"aggregate\"");
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(r[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
          ps.setBytes(1, bytes.toByteArray());
          ps.setString(2, r[0]);
          ps.executeUpdate();
        }
      }
    }
  }

  private static String scalar(AnnalsStore store, String sql) throws Exception {
    return AnnalsStoreTest.scalar(store, sql);
  }
}
