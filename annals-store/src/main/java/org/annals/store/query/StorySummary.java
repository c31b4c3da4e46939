package org.annals.store.query;

/**
 * A story in a list: its label (as of its latest article), size and date span.
 *
 * @param eventCount events its articles report, of the statuses the query keeps (by default what
 *     happened)
 */
public record StorySummary(
    String id, String label, long articleCount, long eventCount, String firstDate, String lastDate) {}
