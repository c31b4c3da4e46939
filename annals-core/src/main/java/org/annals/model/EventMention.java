package org.annals.model;

/**
 * One sentence's mention of an event, kept as evidence of the event it belongs to.
 *
 * @param trigger the words that name the event in this sentence
 * @param lemma the trigger's head lemma ("struck": strike), or null where unknown
 * @param evidence the sentence
 * @param status what this sentence says of the event (happened, planned, denied, …)
 * @param kind news about the event or a reference to it
 * @param date the date this sentence gives the event, or null
 */
public record EventMention(Mention trigger, String lemma, Span evidence, EventStatus status, MentionKind kind, EventDate date) {

  /** The lemma of a mention that is a quote of what was said in a statement ("…,” Putin said). */
  public static final String SAID = "say";

  /** A quote of what was said in the event rather than a word that names it. */
  public boolean said() {
    return SAID.equals(lemma);
  }
}
