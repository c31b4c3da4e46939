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
    List<Snippet> dev = AcledEval.bundled(AcledEval.DEV, 0);
    Map<String, Long> counts = dev.stream().collect(Collectors.groupingBy(Snippet::gold, Collectors.counting()));
    assertThat(counts).hasSize(26).containsEntry("none", 30L);
    for (AcledType t : AcledType.values()) {
      assertThat(counts).containsEntry(t.label(), 12L);
    }
    assertThat(dev.stream().map(Snippet::id).distinct()).hasSize(dev.size());
    assertThat(AcledEval.bundled(AcledEval.DEV, 5)).hasSize(5);
  }

  @Test
  void theBundledCheckSetHoldsSixSnippetsOfEveryTypeAndTwentyWithoutAnEvent() {
    List<Snippet> check = AcledEval.bundled(AcledEval.CHECK, 0);
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
    assertThatThrownBy(() -> AcledEval.read(f, 0)).isInstanceOf(IOException.class)
        .hasMessageContaining("x.jsonl:2").hasMessageContaining("Riot");
    assertThat(AcledEval.read(f, 1)).extracting(Snippet::gold).containsExactly("Arrests");
  }
}
