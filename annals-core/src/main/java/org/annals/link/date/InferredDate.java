package org.annals.link.date;

import java.time.LocalDate;

/**
 * A document date inferred for an article that came without one.
 *
 * @param date the inferred date
 * @param evidence what it rests on, short ("dateline 'January 9, 2008'", "events: news of 2 events dated 2025-07-10")
 * @param source where the evidence came from
 */
public record InferredDate(LocalDate date, String evidence, Source source) {

  /** How the evidence of a dateline date begins. */
  public static final String DATELINE_EVIDENCE = "dateline";
  /** How the evidence of a date taken from a "last modified" stamp begins. */
  public static final String STAMP_EVIDENCE = "modification stamp";
  /** How the evidence of a date taken from the story begins (stores written before events dated articles). */
  public static final String STORY_EVIDENCE = "story:";
  /** How the evidence of a date taken from the dated events an article reports begins. */
  public static final String EVENTS_EVIDENCE = "events:";
  /** How the evidence of a date taken from where the dated stream stands begins. */
  public static final String STREAM_EVIDENCE = "stream:";

  /** The kind of evidence, strongest first. */
  public enum Source { DATELINE, TEXT, EVENTS, STREAM, STORY }

  /** Whether a date with this evidence was inferred while linking, after the article joined its story undated. */
  public static boolean inferredWhileLinking(String evidence) {
    return evidence != null && (evidence.startsWith(STORY_EVIDENCE) || evidence.startsWith(EVENTS_EVIDENCE)
        || evidence.startsWith(STREAM_EVIDENCE));
  }
}
