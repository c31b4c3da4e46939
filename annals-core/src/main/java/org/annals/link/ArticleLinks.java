package org.annals.link;

import java.time.LocalDate;
import java.util.Map;
import org.annals.model.DateSource;

/**
 * Where one article sits in the cross-document record.
 *
 * @param articleId the article's content hash ({@link ArticleIds#contentHash})
 * @param date the document date used (given or inferred), or null
 * @param dateSource where the date came from; {@code INFERRED} when linking found it
 * @param dateEvidence for an inferred date, what it rests on ("text: 'June 2, 2025'", "story s1…"),
 *     else null
 * @param storyId the story the article was clustered into
 * @param storyLabel that story's label as of this article
 * @param entities the article's entity ids ({@code e1}…) mapped to cross-document entities
 * @param events the article's event ids ({@code ev1}…) mapped to cross-document event ids
 */
public record ArticleLinks(
    String articleId,
    LocalDate date,
    DateSource dateSource,
    String dateEvidence,
    String storyId,
    String storyLabel,
    Map<String, LinkedEntity> entities,
    Map<String, String> events) {

  public ArticleLinks {
    entities = Map.copyOf(entities);
    events = Map.copyOf(events);
  }
}
