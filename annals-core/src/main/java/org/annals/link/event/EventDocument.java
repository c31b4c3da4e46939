package org.annals.link.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article's event mentions with what event coreference needs of the article as a whole.
 *
 * @param id the article id
 * @param date the document date, or null
 * @param terms the article's content words and entity keys with their counts (for grouping
 *     articles that report the same happening)
 * @param mentions in text order
 */
public record EventDocument(String id, LocalDate date, Map<String, Integer> terms, List<CorefMention> mentions) {

  public EventDocument {
    terms = Map.copyOf(terms);
    mentions = List.copyOf(mentions);
  }
}
