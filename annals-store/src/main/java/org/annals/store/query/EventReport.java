package org.annals.store.query;

/**
 * One sentence that mentions an event, with the article it stands in: the provenance of the record.
 *
 * @param date the article's document date, or null
 * @param sentence the sentence's index in the article (from 0), or null
 * @param start the trigger's start in the article text (code points)
 * @param end the trigger's end, exclusive (code points)
 * @param status what this sentence says: asserted, claimed, negated, hypothetical, future or denied
 * @param kind {@code report} (news of the event) or {@code reference} (background)
 * @param acled the ACLED sub-event type this sentence gives, or null
 * @param evidenceStart the sentence's start in the article text (code points)
 * @param evidence the sentence itself
 */
public record EventReport(String articleId, String inputId, String title, String source, String url, String date,
    Integer sentence, String trigger, int start, int end, String status, String kind, String acled, int evidenceStart,
    String evidence) {}
