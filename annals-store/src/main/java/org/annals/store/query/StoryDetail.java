package org.annals.store.query;

import java.util.List;

/** One story: its articles in date order and its events as a timeline. */
public record StoryDetail(StorySummary summary, List<StoryArticle> articles, List<TimelineEvent> events) {

  public StoryDetail {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /** An article of the story. */
  public record StoryArticle(String id, String title, String date, String source) {}
}
