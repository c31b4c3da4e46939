package org.annals.model;

/**
 * A time expression as found by the temporal tagger, before Annals' date rules.
 *
 * @param value the tagger's TIMEX3 value (may be relative, e.g. {@code XXXX-WXX-7}), or null
 */
public record RawTimex(int start, int end, String text, TimexType type, String value, int sentence) {

  public Span span() {
    return new Span(start, end);
  }
}
