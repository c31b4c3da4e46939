package org.annals.link.event;

import java.util.Set;

/**
 * One event mention as event coreference sees it, whatever found it (the PLOVER coder, the general
 * event-mention finder, or a gold standard).
 *
 * @param id unique in the stream (article id, then the mention's local id)
 * @param lemma the trigger's head lemma, lower case
 * @param type the PLOVER type name, or null where the mention is not PLOVER-coded
 * @param arguments keys of the entities taking part (actors, recipients, participants near the
 *     trigger): cross-document entity ids in production, normalised names in evaluation
 * @param place key of the place, or null
 * @param time TIMEX3 value of when it happened (2025-06-01, 2025-06, 2025), or null
 * @param sentence the sentence index in its article
 * @param context content lemmas of the mention's sentence
 */
public record CorefMention(
    String id, String lemma, String type, Set<String> arguments, String place, String time, int sentence,
    Set<String> context) {

  public CorefMention {
    arguments = Set.copyOf(arguments);
    context = Set.copyOf(context);
  }
}
