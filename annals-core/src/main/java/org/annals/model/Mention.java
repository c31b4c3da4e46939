package org.annals.model;

/** A stretch of article text: an entity mention, a trigger, a cue. */
public record Mention(int start, int end, String text) {

  public static Mention of(String articleText, Span span) {
    return new Mention(span.start(), span.end(), span.of(articleText));
  }

  public Span span() {
    return new Span(start, end);
  }
}
