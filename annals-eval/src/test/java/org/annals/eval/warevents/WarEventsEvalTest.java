package org.annals.eval.warevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.eval.ScoreRow;
import org.annals.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarEventsEvalTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir
  Path dir;

  private static double value(List<ScoreRow> rows, String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow().value();
  }

  @Test
  void scoresAGivenSystemOneRowPerFigureNamedAsScorePyNamesThem() throws IOException {
    List<ScoreRow> rows = new WarEventsEval(WarEventsFixture.system(), QUIET).evaluate(null, WarEventsFixture.gold(), 0);
    assertThat(rows).extracting(ScoreRow::metric).containsExactly("coverage", "b3_p", "b3_r", "b3_f1",
        "linked_as_one", "fragmentation", "purity", "date_acc", "nonevent_ok", "apart_ok");
    assertThat(rows).extracting(ScoreRow::dataset).containsOnly("warevents tiny_events.json on tiny_system.jsonl");
    assertThat(value(rows, "coverage")).isCloseTo(14.0 / 15, within(1e-12));
    assertThat(value(rows, "purity")).isEqualTo(0.75);
    assertThat(rows.get(0).support()).isEqualTo("14 of 15 gold mentions matched");
    assertThat(rows.get(6).support()).isEqualTo("3 of 4 system events touching the gold");
    assertThat(rows.get(9).support()).isEqualTo("1 of 2 judged pairs (3 in the gold)");
  }

  /*
   * The first 2 articles: news-a1, news-a2 (no copy now). Gold within them: station-strike a1s1
   * {a} a1s2 {a} a2s1 {b} a2s3 {b,c}; valdor-ceasefire a2s2 {c} a2s3 {b,c}; port-blockade a1s5 {}.
   * Totals a 2, b 3, c 3: strike takes b for a2s3 (2/3 over 1/3), ceasefire takes c (2/3).
   * station-strike's main event: a and b tie at 2, a is seen first: 2022-03-07, right.
   * valdor-ceasefire's c: without news-a3 coming last, news-zz's 2022-03-12 is the last day: wrong.
   */
  @Test
  void aLimitKeepsTheFirstArticlesAndTheGoldWithinThem() throws IOException {
    List<ScoreRow> rows = new WarEventsEval(WarEventsFixture.system(), QUIET).evaluate(null, WarEventsFixture.gold(), 2);
    assertThat(rows.get(0).dataset()).endsWith("(first 2 articles)");
    assertThat(value(rows, "coverage")).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(value(rows, "b3_p")).isEqualTo(1.0);
    assertThat(value(rows, "b3_r")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(value(rows, "linked_as_one")).isZero();
    assertThat(value(rows, "fragmentation")).isEqualTo(2.0);
    assertThat(value(rows, "date_acc")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(value(rows, "nonevent_ok")).isEqualTo(0.5);
    assertThat(value(rows, "apart_ok")).isEqualTo(1.0);
  }

  @Test
  void theCorpusIsFoundFromTheDataRootAboveTheGold() throws IOException {
    WarEventsGold gold = WarEventsGold.read(WarEventsFixture.gold());
    assertThat(WarEventsEval.corpusOf(WarEventsFixture.gold(), gold)).isEqualTo(WarEventsFixture.corpus());
    Path elsewhere = Files.createDirectories(dir.resolve("data/warevents")).resolve("g.json");
    Files.copy(WarEventsFixture.gold(), elsewhere);
    assertThatThrownBy(() -> new WarEventsEval(WarEventsFixture.system(), QUIET).evaluate(null, elsewhere, 0))
        .isInstanceOf(IOException.class).hasMessageContaining("names the corpus news/tiny_corpus.jsonl, not found");
  }

  @Test
  void aGoldNamingArticlesOutsideTheCorpusIsRefused() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("warevents"));
    Files.createDirectories(data.resolve("news"));
    Files.copy(WarEventsFixture.gold(), data.resolve("warevents/g.json"));
    List<String> corpus = Files.readAllLines(WarEventsFixture.corpus());
    Files.write(data.resolve("news/tiny_corpus.jsonl"), corpus.subList(0, 3)); // without news-a4
    assertThatThrownBy(() -> new WarEventsEval(WarEventsFixture.system(), QUIET).evaluate(null,
        data.resolve("warevents/g.json"), 0)).hasMessageContaining("names 1 articles not in").hasMessageContaining("news-a4");
  }

  /** The tiny corpus through the real pipeline and store, as 'annals ingest' would store it. */
  @Tag("slow")
  @Test
  void ingestsTheCorpusIntoATemporaryStore() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, List<SystemMention>> mentions = WarEventsEval.ingested(ArticlePipeline.standard(),
        WarEventsFixture.corpus(), 0, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 added, 1 already stored (repeated text), 0 failed");
    assertThat(mentions.keySet()).isNotEmpty().isSubsetOf("news-a1", "news-a2", "news-a4");
    assertThat(mentions.values()).allSatisfy(ms -> assertThat(ms).allSatisfy(m -> {
      assertThat(m.eventId()).isNotBlank();
      assertThat(m.start()).isLessThan(m.end());
    }));
  }
}
