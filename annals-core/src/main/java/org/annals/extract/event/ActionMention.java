package org.annals.extract.event;

/**
 * A general event mention (ECB+'s ACTION and NEG_ACTION classes: "checked into", "earthquake",
 * "arrest", "said"), found whether or not the PLOVER coder knows the event.
 *
 * @param sentence the sentence index
 * @param firstToken article-wide index of the first token
 * @param lastToken article-wide index of the last token (a particle can follow the head)
 * @param head article-wide index of the head token
 * @param start UTF-16 start offset
 * @param end UTF-16 end offset (exclusive)
 * @param lemma the head's lemma
 * @param text the mention as written
 */
public record ActionMention(
    int sentence, int firstToken, int lastToken, int head, int start, int end, String lemma, String text) {}
