package org.annals.model;

/** The date an event happened, as a TIMEX3 value, with the expression that gave it (or none). */
public record EventDate(String value, int start, int end, String text) {}
