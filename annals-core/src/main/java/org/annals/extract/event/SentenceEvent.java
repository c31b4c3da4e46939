package org.annals.extract.event;

import org.annals.model.Event;
import org.annals.model.MentionKind;
import org.annals.model.Sentence;

/**
 * One event mention as its sentence tells it, before the mentions of one event are grouped.
 *
 * @param event what the sentence says: type, parties, place, date, status, figures
 * @param bare whether the sentence names no party, place or figure for it ("the attack")
 * @param definite a noun made definite ("the strike", "this attack", "Russia's invasion")
 * @param kind news about the event or a reference to it
 * @param lemma the trigger's lemma
 * @param disrupted an interception, kept apart from strikes that landed
 * @param verbal told by a verb rather than a noun
 * @param aside told in a clause that dates or explains another ("one night after Russia fired …")
 * @param outcome told by an outcome word ("killed", "wounded") rather than the act
 */
record SentenceEvent(Event event, Sentence sentence, boolean bare, boolean definite, MentionKind kind, String lemma,
    boolean disrupted, boolean verbal, boolean aside, boolean outcome) {}
