package org.annals.eval.warevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.link.LinkedArticle;
import org.annals.store.AnnalsStore;
import org.annals.store.ArticleOrigin;
import org.annals.store.TestArticles;
import org.annals.store.export.ExportFormat;
import org.annals.store.export.ExportSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemMentionsTest {

  @TempDir
  Path dir;

  @Test
  void readsAMentionsFileInTheOrderOfFirstMention() throws IOException {
    Map<String, List<SystemMention>> system = SystemMentions.read(WarEventsFixture.system());
    // news-a4's first line names it by article_id; news-zz is not in the corpus
    assertThat(system.keySet()).containsExactly("news-a1", "news-a2", "news-a4", "news-zz");
    assertThat(system.get("news-a1").get(0)).isEqualTo(new SystemMention(9, 12, "asserted", "sys-strike-a", "2022-03-07"));
    assertThat(system.get("news-a4")).hasSize(6);
    assertThat(system.get("news-a4").get(1)).isEqualTo(new SystemMention(48, 53, "hypothetical", "sys-visit", null));
  }

  @Test
  void aYearGivenAsANumberReadsAsScorePyPrintsIt() throws IOException {
    Path f = dir.resolve("m.jsonl");
    Files.writeString(f, """
        {"input_id": "", "article_id": "b", "start": 1, "end": 2, "status": null, "event_id": "e", "day": 2022}

        {"input_id": "a", "start": 3, "end": 4, "event_id": "e"}
        """);
    Map<String, List<SystemMention>> system = SystemMentions.read(f);
    assertThat(system.get("b")).containsExactly(new SystemMention(1, 2, null, "e", "2022"));
    assertThat(system.get("a")).containsExactly(new SystemMention(3, 4, "asserted", "e", null));
  }

  @Test
  void aNumberAsEventIdIsRefusedWithItsLine() throws IOException {
    Path f = dir.resolve("m.jsonl");
    Files.writeString(f, "{\"input_id\": \"a\", \"start\": 1, \"end\": 2, \"event_id\": \"e\"}\n"
        + "{\"input_id\": \"a\", \"start\": 1, \"end\": 2, \"event_id\": 7}\n");
    assertThatThrownBy(() -> SystemMentions.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("m.jsonl:2: event_id is not a string");
    Files.writeString(f, "{\"input_id\": \"a\", \"start\": 1.5, \"end\": 2, \"event_id\": \"e\"}\n");
    assertThatThrownBy(() -> SystemMentions.read(f)).hasMessageContaining("m.jsonl:1: start is not an integer");
    Files.writeString(f, "{\"input_id\": \"a\", \n");
    assertThatThrownBy(() -> SystemMentions.read(f)).hasMessageContaining("m.jsonl:1: ");
  }

  @Test
  void readsTheEventMentionsOfAnAnnalsStoreWithTheirEventsDay() throws IOException {
    Path db = dir.resolve("store.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      for (LinkedArticle a : TestArticles.all()) {
        store.put(a, new ArticleOrigin("in-" + a.extraction().article().id(), "test"));
      }
    }
    assertThat(SystemMentions.isSqlite(db)).isTrue();
    Map<String, List<SystemMention>> system = SystemMentions.read(db);
    // the strike (reported twice, one cross-document event dated from its mentions), the call, a numbered report
    assertThat(system.keySet()).containsExactlyInAnyOrder("in-reuters-1", "in-ap-1", "in-reuters-0", "in-n1");
    assertThat(system.get("in-reuters-1")).containsExactly(new SystemMention(15, 21, "asserted", "V-strike", "2025-06-01"));
    assertThat(system.get("in-ap-1")).extracting(SystemMention::eventId, SystemMention::day)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("V-strike", "2025-06-01"));
    assertThat(system.get("in-n1")).hasSize(2);
  }

  @Test
  void theFixtureAsAStoreScoresAsTheMentionsFile() throws IOException {
    Map<String, String> texts = CorpusTexts.read(WarEventsFixture.corpus(), 0);
    Map<String, List<SystemMention>> fromFile = SystemMentions.read(WarEventsFixture.system());
    Path db = WarEventsFixture.asStore(fromFile, texts, dir.resolve("fixture.db"));
    Map<String, List<SystemMention>> fromStore = SystemMentions.read(db);
    // the same mentions; a store keeps one day per event (the last one the file gives)
    assertThat(fromStore.get("news-a4")).usingRecursiveFieldByFieldElementComparatorIgnoringFields("day")
        .containsExactlyInAnyOrderElementsOf(fromFile.get("news-a4"));
    assertThat(fromStore.get("news-a4")).filteredOn(m -> m.eventId().equals("sys-dorna"))
        .extracting(SystemMention::day).containsOnly("2022-03-20");
    WarEventsGold gold = WarEventsGold.read(WarEventsFixture.gold());
    assertThat(WarEventsScorer.score(gold, texts, fromStore).report())
        .isEqualTo(WarEventsScorer.score(gold, texts, fromFile).report());
  }

  @Test
  void theMentionsExportOfAStoreScoresAsTheStoreItself() throws IOException {
    Map<String, String> texts = CorpusTexts.read(WarEventsFixture.corpus(), 0);
    Path db = WarEventsFixture.asStore(SystemMentions.read(WarEventsFixture.system()), texts,
        dir.resolve("fixture.db"));
    Map<String, List<SystemMention>> fromStore = SystemMentions.read(db);
    Map<String, List<SystemMention>> fromExport = SystemMentions.read(exportMentions(db));
    assertSameMentions(fromExport, fromStore);
    WarEventsGold gold = WarEventsGold.read(WarEventsFixture.gold());
    assertThat(WarEventsScorer.score(gold, texts, fromExport).report())
        .isEqualTo(WarEventsScorer.score(gold, texts, fromStore).report());

    // a store of every status, kind and date precision: the same mentions with the same days
    Path dated = dir.resolve("dated.db");
    try (AnnalsStore store = AnnalsStore.open(dated)) {
      for (LinkedArticle a : List.of(TestArticles.datesAndStatuses(), TestArticles.all().get(0))) {
        store.put(a, new ArticleOrigin(a.extraction().article().id(), "test"));
      }
    }
    Map<String, List<SystemMention>> datedStore = SystemMentions.read(dated);
    assertThat(datedStore.get("guardian-dates")).hasSize(10)
        .contains(new SystemMention(57, 65, "asserted", "V-bucha", "2022-03"))
        .extracting(SystemMention::status).contains("future", "negated", "denied", "claimed");
    assertSameMentions(SystemMentions.read(exportMentions(dated)), datedStore);
  }

  private Path exportMentions(Path db) throws IOException {
    Path out = dir.resolve(db.getFileName() + ".mentions.jsonl");
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      store.export().write(ExportSubject.MENTIONS, ExportFormat.JSONL, out);
    }
    return out;
  }

  /** The same mentions per input id; the export's order (text order) may differ from the store's rows. */
  private static void assertSameMentions(Map<String, List<SystemMention>> actual,
      Map<String, List<SystemMention>> expected) {
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((id, ms) -> assertThat(actual.get(id)).as(id).containsExactlyInAnyOrderElementsOf(ms));
  }
}
