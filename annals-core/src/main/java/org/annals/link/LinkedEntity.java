package org.annals.link;

import java.util.List;
import org.annals.model.EntityType;

/**
 * One real-world person, organisation, place or group across all articles: its stable id, the
 * canonical name, every other name it was seen under and every title given to it.
 */
public record LinkedEntity(String id, EntityType type, String name, List<String> aliases, List<String> titles) {

  public LinkedEntity {
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
  }
}
