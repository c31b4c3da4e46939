package org.annals.model;

/**
 * How a sentence speaks of an event: as news about it ({@code REPORT}: what happened, who, where,
 * how many) or as background to something else ({@code REFERENCE}: a time anchor, "since the
 * invasion began", a cause, the object of a reaction or denial, a recollection weeks later).
 */
public enum MentionKind {
  REPORT,
  REFERENCE;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
