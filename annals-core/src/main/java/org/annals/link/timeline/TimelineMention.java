package org.annals.link.timeline;

/**
 * One event mention placed on an entity's timeline.
 *
 * @param articleId the article it is in
 * @param sentence the sentence index in that article
 * @param start UTF-16 start of the trigger in the article text
 * @param end UTF-16 end of the trigger
 * @param word the trigger as written
 * @param lemma its lemma (mentions of one lemma on one date are taken as one event)
 */
public record TimelineMention(String articleId, int sentence, int start, int end, String word, String lemma) {}
