package org.annals.store.query;

/**
 * One full-text match.
 *
 * @param kind {@code article} (title and text) or {@code quote}
 * @param quoteIndex for a quote, its index among the article's quotes; else null
 * @param snippet the matching passage, matched words in [brackets]
 */
public record SearchHit(String articleId, String kind, Integer quoteIndex, String title, String date, String snippet) {}
