package org.annals.model;

/**
 * A mention that plays a role (speaker, actor, recipient, location), resolved to an entity where
 * the article allows.
 *
 * @param entity the entity id, or null where the mention refers to nothing the article names
 */
public record EntityRef(String entity, int start, int end, String text) {

  public Span span() {
    return new Span(start, end);
  }
}
