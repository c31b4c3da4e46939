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

  /**
   * The undated sample reports the Kuala Lumpur meeting of Thursday 10 July 2025; in a stream of
   * dated reports of that meeting (invented here, written after it) its news dates it.
   */
  @Test
  void theUndatedArticleInAStreamOfDatedReportsOfItsNewsIsDatedByThem() throws Exception {
    Path stream = Files.createDirectories(dir.resolve("july"));
    Files.writeString(stream.resolve("01_kl_meeting.txt"), "date 2025-07-10\n"
        + "Rubio and Lavrov meet in Kuala Lumpur\n\n"
        + "US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Kuala Lumpur on "
        + "Thursday on the sidelines of the Asean foreign ministers' meeting. Rubio and Lavrov held talks for "
        + "about an hour, officials said, as Russia kept up its air attacks on Ukraine.\n");
    Files.writeString(stream.resolve("02_kl_followup.txt"), "date 2025-07-11\n"
        + "Rubio says Lavrov offered a new idea on Ukraine\n\n"
        + "Marco Rubio said on Friday that Sergei Lavrov had put forward a new idea on ending the war in Ukraine "
        + "at their meeting in Kuala Lumpur. Rubio met Lavrov a day after Russia launched hundreds of drones "
        + "at Kyiv.\n");
    Files.copy(SAMPLES.resolve(UNDATED), stream.resolve("03_" + UNDATED));
    Path july = dir.resolve("july.db");
    CliRun r = CliRun.of("ingest", stream.toString(), "--db", july.toString(), "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    String date = strings(july, "SELECT date FROM articles WHERE input_id LIKE ?", "%" + UNDATED).get(0);
    assertThat(date).isBetween("2025-07-08", "2025-07-12");
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
    return strings(db, sql, params);
  }

  private static List<String> strings(Path store, String sql, String... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
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
