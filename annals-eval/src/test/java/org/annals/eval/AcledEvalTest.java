package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.eval.AcledEval.Snippet;
import org.annals.model.AcledType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledEvalTest {

  private static Map<String, Double> byMetric(List<ScoreRow> rows) {
    return rows.stream().collect(Collectors.toMap(ScoreRow::metric, ScoreRow::value));
  }

  @Test
  void noneCountsForAccuracyButNotForTheTypeScores() {
    List<Snippet> gold = List.of(
        new Snippet("1", "a", "Arrests"),
        new Snippet("2", "b", "Arrests"),
        new Snippet("3", "c", "Grenade"),
        new Snippet("4", "d", "none"));
    List<String> predicted = List.of("Arrests", "none", "Arrests", "none");
    Map<String, Double> m = byMetric(AcledEval.score("t", gold, predicted));
    assertThat(m.get("accuracy (none included)")).isEqualTo(0.5);
    assertThat(m.get("accuracy over typed snippets")).isEqualTo(1.0 / 3);
    // Arrests: P 1/2, R 1/2 -> F1 0.5; Grenade: 0
    assertThat(m.get("F1 Arrests")).isEqualTo(0.5);
    assertThat(m.get("F1 Grenade")).isEqualTo(0.0);
    assertThat(m.get("macro-F1 over ACLED types")).isEqualTo(0.25);
    assertThat(m.get("weighted F1 over ACLED types")).isEqualTo((0.5 * 2 + 0.0 * 1) / 3);
    assertThat(m.get("none kept none")).isEqualTo(1.0);
    assertThat(m).doesNotContainKey("F1 Attack");
  }

  @Test
  void theBundledDevSetHoldsTwelveSnippetsOfEveryTypeAndThirtyWithoutAnEvent() {
    List<Snippet> dev = AcledEval.bundled(AcledEval.DEV, null, 0);
    Map<String, Long> counts = dev.stream().collect(Collectors.groupingBy(Snippet::gold, Collectors.counting()));
    assertThat(counts).hasSize(26).containsEntry("none", 30L);
    for (AcledType t : AcledType.values()) {
      assertThat(counts).containsEntry(t.label(), 12L);
    }
    assertThat(dev.stream().map(Snippet::id).distinct()).hasSize(dev.size());
    assertThat(AcledEval.bundled(AcledEval.DEV, null, 5)).hasSize(5);
  }

  @Test
  void theBundledCheckSetHoldsSixSnippetsOfEveryTypeAndTwentyWithoutAnEvent() {
    List<Snippet> check = AcledEval.bundled(AcledEval.CHECK, null, 0);
    Map<String, Long> counts = check.stream().collect(Collectors.groupingBy(Snippet::gold, Collectors.counting()));
    assertThat(counts).hasSize(26).containsEntry("none", 20L);
    for (AcledType t : AcledType.values()) {
      assertThat(counts).containsEntry(t.label(), 6L);
    }
  }

  @Test
  void anUnknownTypeNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"t\",\"sub_event_type\":\"Arrests\"}\n"
        + "{\"id\":\"b\",\"text\":\"t\",\"sub_event_type\":\"Riot\"}\n");
    assertThatThrownBy(() -> AcledEval.read(f, null, 0)).isInstanceOf(IOException.class)
        .hasMessageContaining("x.jsonl:2").hasMessageContaining("Riot");
    assertThat(AcledEval.read(f, null, 1)).extracting(Snippet::gold).containsExactly("Arrests");
  }

  @Test
  void aSentenceByOffsetIsReadFromTheSharedDataAndCheckedByItsSha1(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("news"));
    Files.writeString(data.resolve("news/a.jsonl"), "{\"id\":\"d1\",\"text\":\"Kyiv’s mayor spoke. Police arrested ten men.\"}\n");
    // "Police arrested ten men." starts at code point 20; its SHA-1:
    String sha1 = "85b6dde812deeb715258e86456869172c351a181";
    Path set = dir.resolve("real.jsonl");
    Files.writeString(set, "{\"id\":\"r1\",\"file\":\"news/a.jsonl\",\"doc\":\"d1\",\"start\":20,\"end\":44,"
        + "\"sha1\":\"" + sha1 + "\",\"sub_event_type\":\"Arrests\"}\n");
    assertThat(AcledEval.read(set, data, 0)).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("Police arrested ten men."));
    Files.writeString(set, Files.readString(set).replace("\"start\":20", "\"start\":19"));
    assertThatThrownBy(() -> AcledEval.read(set, data, 0)).isInstanceOf(IOException.class)
        .hasMessageContaining("real.jsonl:1").hasMessageContaining("SHA-1");
    assertThatThrownBy(() -> AcledEval.read(set, null, 0)).isInstanceOf(IOException.class)
        .hasMessageContaining("shared data");
  }
}
