package org.annals.store.query;

import java.util.List;

/**
 * A cross-document entity with what the store knows of it.
 *
 * @param firstSeen the earliest date of an article mentioning it, or null
 * @param related the entities most often mentioned in the same articles, most first
 * @param relatedOver how many of its articles {@code related} was counted over: all of them, or
 *     for an entity in more than {@link StoreQueries#CO_OCCURRENCE_SAMPLE} articles, that many (those
 *     of lowest id, a sample independent of ingest order)
 */
public record EntityProfile(
    String id,
    String type,
    String name,
    List<String> aliases,
    List<String> titles,
    long mentionCount,
    long articleCount,
    String firstSeen,
    String lastSeen,
    List<CoOccurrence> related,
    long relatedOver) {

  public EntityProfile {
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
    related = List.copyOf(related);
  }

  /** Another entity and the number of articles that mention both. */
  public record CoOccurrence(String entityId, String name, String type, long articles) {}
}
