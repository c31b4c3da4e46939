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

  /**
   * A stream on one war: two episodes told in the same war words, day after day, and a daily
   * round-up that sums up both. Neither the words the whole stream shares nor the round-ups
   * make the two episodes one story.
   */
  @Test
  void aSingleThemeStreamSplitsIntoItsEpisodes() {
    String war = " Russia's war in Ukraine went on as Russian forces shelled Ukrainian towns.";
    String siegeText = "Defenders of the Azovstal steelworks in Mariupol held out under bombardment; the siege of "
        + "the plant's bunkers continued and evacuation of the wounded fighters stalled. Commanders inside the "
        + "steelworks asked for a humanitarian corridor for the wounded defenders.";
    String grainText = "Ships carrying grain remain blocked in Odesa port; negotiators discussed a corridor for "
        + "wheat exports through the Black Sea and the mines near the harbour. Farmers said silos were full of "
        + "wheat and maize waiting for the ships to sail.";
    StoryClusterer c = new StoryClusterer();
    List<String> siege = new ArrayList<>();
    List<String> grain = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String day = LocalDate.of(2022, 5, 1).plusDays(i).toString();
      siege.add(c.add(article("s" + i, day, "Mariupol steelworks siege, day " + (i + 1), siegeText + war,
          "Denys Prokopenko")).storyId());
      grain.add(c.add(article("g" + i, day, "Black Sea grain exports, talks round " + (i + 1), grainText + war,
          "Antonio Guterres")).storyId());
      c.add(article("r" + i, day, "Russia-Ukraine war: what we know on day " + (70 + i),
          siegeText + " " + grainText + war, "Denys Prokopenko", "Antonio Guterres"));
    }
    assertThat(siege).doesNotContainAnyElementsOf(grain);
    assertThat(siege.stream().distinct().count()).isLessThanOrEqualTo(2);
    assertThat(grain.stream().distinct().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void aStoryKeepsTheLabelItsFirstArticlesGaveItAndUntitledStoriesUseALede() {
    StoryClusterer c = new StoryClusterer();
    String label = null;
    for (int i = 0; i < 8; i++) {
      StoryAssignment a = c.add(article("v" + i, "2024-03-0" + (i + 1), i == 0 ? null : "Valencia flood, update " + i,
          "Heavy rain flooded Valencia streets again today. Rescuers evacuated residents as the river rose.",
          "Pedro Sanchez"));
      if (i == 0) {
        assertThat(a.label()).isEqualTo("Heavy rain flooded Valencia streets again today");
      }
      if (i == 2) {
        label = a.label();
        assertThat(label).startsWith("Valencia flood, update");
      }
      if (i > 2) {
        assertThat(a.label()).isEqualTo(label);
      }
    }
    assertThat(StoryInput.lede("\nKYIV \u2014 One two three four five six seven eight nine ten eleven twelve "
        + "thirteen fourteen fifteen sixteen seventeen. Next sentence.")).endsWith("fourteen\u2026");
  }

  /**
   * The same late follow-up after the same silence: a story reported daily is over by then, one
   * reported monthly is not.
   */
  @Test
  void silenceEndsAStoryOnTheScaleOfItsOwnCadence() {
    String report = "Rescuers evacuated residents of flooded Valencia streets as the river rose after heavy rain.";
    String late = "Rescuers evacuated more residents of flooded Valencia streets as the river kept rising.";
    // no floor: the decay alone decides
    StoryClusterer.Settings decayOnly = new StoryClusterer.Settings(0.11, 30, 0, 3, 0.5, 0.3, 0.2, 5);
    StoryClusterer daily = new StoryClusterer(decayOnly);
    StoryClusterer monthly = new StoryClusterer(decayOnly);
    String dailyStory = null;
    String monthlyStory = null;
    for (int i = 0; i < 5; i++) {
      dailyStory = daily.add(article("d" + i, LocalDate.of(2024, 3, 1).plusDays(i).toString(), "Valencia flood",
          report, "Pedro Sanchez")).storyId();
      monthlyStory = monthly.add(article("m" + i, LocalDate.of(2024, 3, 1).plusDays(30L * i).toString(),
          "Valencia flood", report, "Pedro Sanchez")).storyId();
    }
    StoryAssignment afterDaily = daily.add(article("dl", "2024-03-30", "Valencia flood", late, "Pedro Sanchez"));
    StoryAssignment afterMonthly = monthly.add(article("ml", "2024-08-23", "Valencia flood", late, "Pedro Sanchez"));
    assertThat(afterMonthly.storyId()).isEqualTo(monthlyStory);
    assertThat(afterDaily.storyId()).isNotEqualTo(dailyStory);
  }
}
