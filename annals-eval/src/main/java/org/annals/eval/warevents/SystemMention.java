package org.annals.eval.warevents;

/**
 * One event mention of the system under test, as score.py reads it.
 *
 * @param start the trigger's first code point in the article text
 * @param end the trigger's end (exclusive)
 * @param status asserted, claimed, negated, hypothetical, future or denied
 * @param eventId the cross-document event the mention belongs to
 * @param day that event's day ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}) or null
 */
public record SystemMention(int start, int end, String status, String eventId, String day) {}
