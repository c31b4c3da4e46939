package org.annals.model;

import java.util.List;

/**
 * One real-world entity within an article, with all its mentions.
 *
 * @param id document-local id ({@code e1}, {@code e2}, … in order of first mention)
 * @param name canonical name: the longest proper-name form seen
 * @param titles titles and roles seen with the name ("US Secretary of State")
 */
public record Entity(String id, EntityType type, String name, List<String> titles, List<Mention> mentions) {

  public Entity {
    titles = List.copyOf(titles);
    mentions = List.copyOf(mentions);
  }
}
