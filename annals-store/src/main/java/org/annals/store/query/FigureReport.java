package org.annals.store.query;

/** One report of a figure for an event: its value as given, the article, outlet and date. */
public record FigureReport(
    double value, String qualifier, String text, String articleId, String source, String date) {}
