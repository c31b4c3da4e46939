package org.annals.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.link.ArticleIds;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.model.EntityType;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static StoryInput article(String id, String date, String title, String text, String... people) {
    List<String> keys = new ArrayList<>();
    for (String p : people) {
      keys.add(StoryInput.entityKey(EntityType.PERSON, p));
    }
    return StoryInput.of(id, LocalDate.parse(date), title, text, keys);
  }

  private static List<StoryInput> stream() {
    return List.of(
        article("a1", "2024-03-01", "Flood waters rise in Valencia", "Heavy rain flooded Valencia streets; rescuers "
            + "evacuated hundreds of residents as the river burst its banks.", "Pedro Sanchez"),
        article("a2", "2024-03-01", "Chess champion wins title in Oslo", "The chess champion Magnus Carlsen won the "
            + "tournament title in Oslo after a tense final game against his rival.", "Magnus Carlsen"),
        article("a3", "2024-03-02", "Valencia flood: residents evacuated", "Rescuers evacuated more residents from "
            + "flooded Valencia as the river kept rising after the rain.", "Sanchez"),
        article("a4", "2024-03-03", "Carlsen defends Oslo chess title", "Carlsen said the chess final in Oslo was "
            + "the hardest game of the tournament.", "Carlsen"));
  }

  @Test
  void articlesOfOneStoryJoinItAndOthersFoundTheirOwn() {
    StoryClusterer c = new StoryClusterer();
    List<StoryAssignment> out = new ArrayList<>();
    for (StoryInput in : stream()) {
      out.add(c.add(in));
    }
    assertThat(out.get(0).founded()).isTrue();
    assertThat(out.get(1).founded()).isTrue();
    assertThat(out.get(2).storyId()).isEqualTo(out.get(0).storyId());
    assertThat(out.get(3).storyId()).isEqualTo(out.get(1).storyId());
    assertThat(out.get(0).storyId()).isEqualTo(ArticleIds.derived("s", "a1"));
    assertThat(c.storyCount()).isEqualTo(2);
  }

  @Test
  void sameStreamGivesSameStoriesAndRestoreRebuildsState() {
    StoryClusterer first = new StoryClusterer();
    List<String> ids = new ArrayList<>();
    for (StoryInput in : stream()) {
      ids.add(first.add(in).storyId());
    }
    StoryClusterer again = new StoryClusterer();
    StoryClusterer restored = new StoryClusterer();
    for (int i = 0; i < stream().size(); i++) {
      assertThat(again.add(stream().get(i)).storyId()).isEqualTo(ids.get(i));
      restored.restore(stream().get(i), ids.get(i));
    }
    assertThat(restored.labels()).isEqualTo(first.labels());
    StoryInput next = article("a5", "2024-03-04", "Valencia cleans up after flood", "Residents of Valencia cleaned "
        + "flooded streets as the river fell after days of rain.", "Sanchez");
    assertThat(restored.add(next).storyId()).isEqualTo(first.add(next).storyId()).isEqualTo(ids.get(0));
  }

  @Test
  void aStoryIsLabelledByOneOfItsTitles() {
    StoryClusterer c = new StoryClusterer();
    StoryAssignment last = null;
    for (StoryInput in : stream().subList(0, 3)) {
      last = c.add(in);
    }
    assertThat(last.label()).isIn("Flood waters rise in Valencia", "Valencia flood: residents evacuated");
  }

  @Test
  void termsAreStemmedAndStopWordsDropped() {
    assertThat(NewsTerms.of("The launches launched, launching the Satellites!"))
        .containsExactly("launch", "launch", "launch", "satellite");
  }

  @Test
  void storedArticlesRestoreTheirRecordedStories() {
    Article a = new Article("a9", "Rescuers evacuated flooded Valencia streets after the rain.", LocalDate.of(2024, 3, 1),
        DateSource.INPUT, "Valencia flood", null, null, 0);
    Extraction x = new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    ArticleLinks links = new ArticleLinks("a9", a.date(), DateSource.INPUT, null, "s-recorded", "Valencia flood",
        Map.of(), Map.of());
    StoryClusterer c = new StoryClusterer();
    assertThat(c.restore(new LinkedArticle(x, List.of(), links)).storyId()).isEqualTo("s-recorded");
    StoryAssignment next = c.add(StoryInput.of("a10", LocalDate.of(2024, 3, 2), "Valencia flood: more evacuated",
        "More residents of flooded Valencia were evacuated by rescuers.", List.of()));
    assertThat(next.storyId()).isEqualTo("s-recorded");
    assertThat(c.datesOf("s-recorded")).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
  }
}
