package org.annals.store.query;

/**
 * A stored quotation with its provenance.
 *
 * @param start code-point offset of the quote in the article text
 * @param sentence the sentence index in the article, or null
 */
public record QuoteRecord(
    String articleId,
    String date,
    String title,
    String source,
    String speakerId,
    String speaker,
    String text,
    boolean direct,
    String cue,
    int start,
    int end,
    Integer sentence) {}
