package org.annals.model;

/**
 * A normalised time expression.
 *
 * @param value TIMEX3 value, or null where none can be given
 * @param resolved false where the value depends on a document date the article does not have
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, boolean resolved) {

  public Span span() {
    return new Span(start, end);
  }
}
