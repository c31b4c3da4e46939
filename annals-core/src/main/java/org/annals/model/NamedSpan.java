package org.annals.model;

/** A contiguous named-entity span found by the tagger, before within-document resolution. */
public record NamedSpan(int start, int end, EntityType type, int sentence, String text) {

  public Span span() {
    return new Span(start, end);
  }
}
