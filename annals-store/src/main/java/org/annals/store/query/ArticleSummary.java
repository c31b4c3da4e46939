package org.annals.store.query;

/**
 * One stored article as a list shows it.
 *
 * @param date the document date used (given or inferred), or null
 * @param dateSource input, header, inferred or none
 */
public record ArticleSummary(String articleId, String inputId, String title, String source, String url, String date,
    String dateSource, String storyId) {}
