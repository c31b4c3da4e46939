package org.annals.model;

/**
 * A quotation: direct (in quote marks) or indirect (reported speech).
 *
 * @param speaker who said it, or null where the article does not say
 * @param cue the speech verb or phrase ("said", "told reporters"), or null
 */
public record Quote(int start, int end, String text, boolean direct, EntityRef speaker, Mention cue) {

  public Span span() {
    return new Span(start, end);
  }
}
