package org.annals.model;

/** A typed quantity reported in the text. */
public record Figure(
    int start, int end, String text, double value, FigureQualifier qualifier, FigureCategory category) {

  public Span span() {
    return new Span(start, end);
  }
}
