package org.annals.extract.quote;

import org.annals.model.Span;

/**
 * Who a quote is credited to, as text: the speaker's phrase and the cue, before the speaker is
 * linked to an entity.
 *
 * @param speaker the speaker phrase as written
 * @param cue the verb or phrase of saying, or null where the quote carries on an earlier one
 * @param how which pattern credited it
 */
record Attribution(Span speaker, Span cue, How how) {

  enum How {
    /** Cue after the quote: {@code "…," X said} / {@code "…," said X}. */
    AFTER,
    /** Cue just before the quote: {@code X said: "…"}. */
    BEFORE,
    /** A partial quote inside reported speech: {@code X said the plan was "a disaster."} */
    IN_SENTENCE,
    /** A quote introduced by the previous sentence: {@code X said:} then the quote. */
    INTRODUCED,
    /** Transcript style: {@code "PENCE: Well, …"}. */
    TRANSCRIPT,
    /** No cue of its own: carries on the previous quote of the same or previous paragraph. */
    CONTINUED,
    /** No cue of its own: the previous sentence of the paragraph reports the same speaker. */
    CONTEXT
  }

  /** Whether a cue sits right next to the quote (the test short quotes must pass). */
  boolean adjacent() {
    return how == How.AFTER || how == How.BEFORE || how == How.TRANSCRIPT;
  }
}
