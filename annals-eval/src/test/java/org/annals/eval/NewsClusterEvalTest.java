package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.link.story.StoryClusterer;
import org.annals.link.story.StoryInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsClusterEvalTest {

  private static String line(String id, String date, String title, String text, int cluster) {
    return "{\"id\":\"" + id + "\",\"date\":\"" + date + "T00:00:00\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"cluster_id\":" + cluster + "}\n";
  }

  @Test
  void streamIsReadInDateOrderAndSplitByStoryStart(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("nc.jsonl");
    Files.writeString(f,
        line("b", "2020-01-03", "Volcano erupts in Iceland", "Lava flows from the volcano near Grindavik.", 2)
        + line("a", "2020-01-01", "Storm floods Venice", "The storm flooded Venice and its lagoon.", 1)
        + line("c", "2020-01-04", "Venice flood waters recede", "Flood waters in Venice lagoon recede after storm.", 1)
        + line("d", "2020-01-05", "Iceland volcano lava reaches Grindavik", "Lava from the volcano reached Grindavik.", 2));
    List<NewsClusterEval.GoldArticle> gold = NewsClusterEval.read(f, 0);
    assertThat(gold).extracting(NewsClusterEval.GoldArticle::id).containsExactly("a", "b", "c", "d");
    assertThat(NewsClusterEval.earlierStories(gold)).containsExactly("1");
    List<StoryInput> inputs = new ArrayList<>();
    for (NewsClusterEval.GoldArticle g : gold) {
      inputs.add(StoryInput.of(g.id(), g.date(), g.title(), g.text(), List.of()));
    }
    List<ScoreRow> rows = NewsClusterEval.score("nc", gold, inputs, StoryClusterer.Settings.defaults());
    assertThat(rows.get(0).metric()).startsWith("stories B3 F1");
    assertThat(rows.get(0).value()).isEqualTo(1.0);
    assertThat(rows).hasSize(12);
  }
}
