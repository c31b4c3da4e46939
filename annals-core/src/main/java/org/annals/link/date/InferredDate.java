package org.annals.link.date;

import java.time.LocalDate;

/**
 * A document date inferred for an article that came without one.
 *
 * @param date the inferred date
 * @param evidence what it rests on, short ("dateline 'January 9, 2008'", "story s1…: 3 dated articles")
 * @param source where the evidence came from
 */
public record InferredDate(LocalDate date, String evidence, Source source) {

  /** How the evidence of a date taken from the story begins. */
  public static final String STORY_EVIDENCE = "story:";

  /** The kind of evidence, strongest first. */
  public enum Source { DATELINE, TEXT, STORY }
}
