package org.annals.store.query;

/** A story in a list: its label (as of its latest article), size and date span. */
public record StorySummary(
    String id, String label, long articleCount, long eventCount, String firstDate, String lastDate) {}
