package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two real sample articles ({@code ../shared/samples}, not part of the project) ingested as
 * they are: the record keeps what each article says. Skipped where the samples are absent.
 */
@Tag("slow")
class SampleRecordTest {

  private static final Path SAMPLES = Path.of("..", "..", "shared", "samples");
  private static final String DATED = "000_00b9a17dd418843e.txt";
  private static final String UNDATED = "003_532c20ba37ef528f.txt";

  @TempDir
  static Path dir;

  private static Path db;

  @BeforeAll
  static void ingest() {
    assumeTrue(Files.isRegularFile(SAMPLES.resolve(DATED)) && Files.isRegularFile(SAMPLES.resolve(UNDATED)),
        "the sample articles are not here");
    db = dir.resolve("samples.db");
    CliRun r = CliRun.of("ingest", SAMPLES.toString(), "--db", db.toString(), "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void thePhoneCallOfSundayStaysACallOfThatSunday() throws SQLException {
    List<String> calls = strings("SELECT e.id FROM events e WHERE e.type = 'CONSULT' AND e.mode = 'phone' "
        + "AND e.day = '2025-06-01' AND e.status = 'asserted'");
    assertThat(calls).hasSize(1);
    // the call is not merged with the talks planned in Istanbul for the next day
    assertThat(strings("SELECT DISTINCT m.trigger_text FROM event_mentions m WHERE m.event_id = ?", calls.get(0)))
        .contains("discussed").doesNotContain("talks");
  }

  @Test
  void theKualaLumpurMeetingIsOneEventAndTheUndatedArticleKeepsNoWrongDate() throws SQLException {
    assertThat(strings("SELECT date_source FROM articles WHERE input_id = ?", UNDATED))
        .singleElement().isEqualTo("none");
    // the sentences naming Rubio, Lavrov and the talks or their meeting all point at one event
    List<String> meetings = strings("SELECT DISTINCT m.event_id FROM event_mentions m JOIN articles a "
        + "ON a.id = m.article_id WHERE a.input_id = ? AND m.type = 'CONSULT' AND m.status = 'asserted' "
        + "AND (SUBSTR(a.text, m.evidence_start_cp + 1, m.evidence_end_cp - m.evidence_start_cp) LIKE '%Kuala Lumpur%' "
        + "OR SUBSTR(a.text, m.evidence_start_cp + 1, m.evidence_end_cp - m.evidence_start_cp) LIKE '%Lavrov%talks%' "
        + "OR SUBSTR(a.text, m.evidence_start_cp + 1, m.evidence_end_cp - m.evidence_start_cp) LIKE '%talks%Lavrov%')",
        UNDATED);
    assertThat(meetings).hasSize(1);
    assertThat(strings("SELECT day FROM events WHERE id = ?", meetings.get(0))).containsOnlyNulls();
  }

  @Test
  void theBarragesOfTwoNightsAreTwoEventsAndNoFigureConflicts() throws SQLException {
    List<String> barrage415 = strings("SELECT ef.event_id FROM event_figures ef JOIN figures f "
        + "ON f.article_id = ef.article_id AND f.idx = ef.figure_idx WHERE f.value = 415");
    List<String> barrage741 = strings("SELECT ef.event_id FROM event_figures ef JOIN figures f "
        + "ON f.article_id = ef.article_id AND f.idx = ef.figure_idx WHERE f.value = 741");
    assertThat(barrage415).hasSize(1);
    assertThat(barrage741).hasSize(1);
    assertThat(barrage415.get(0)).isNotEqualTo(barrage741.get(0));
    assertThat(strings("SELECT id FROM events WHERE figure_conflict = 1")).isEmpty();
    // nothing known of a year alone is shown as 1 January
    assertThat(strings("SELECT id FROM events WHERE day LIKE '%-01-01' AND date_precision <> 'day'")).isEmpty();
  }

  @Test
  void theBryanskBridgeKeepsItsCasualties() throws SQLException {
    List<String> bridge = strings("SELECT ef.event_id FROM event_figures ef JOIN figures f "
        + "ON f.article_id = ef.article_id AND f.idx = ef.figure_idx WHERE f.category = 'injured' AND f.value = 69");
    assertThat(bridge).hasSize(1);
    assertThat(strings("SELECT f.qualifier FROM event_figures ef JOIN figures f ON f.article_id = ef.article_id "
        + "AND f.idx = ef.figure_idx WHERE ef.event_id = ? AND f.category = 'killed' AND f.value = 7", bridge.get(0)))
        .containsExactly("at_least");
  }

  private static List<String> strings(String sql, String... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
