package org.annals.store.query;

import java.time.LocalDate;

/**
 * Which events to list; every field may be null (no constraint).
 *
 * @param type a PLOVER type (ASSAULT, CONSULT, ...), case-insensitive
 * @param place a place name or alias the event happened at
 * @param actor a name or alias of one of the event's actors
 */
public record EventFilter(String type, LocalDate from, LocalDate to, String place, String actor, int limit) {}
