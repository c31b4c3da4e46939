package org.annals.model;

/**
 * What happened to the counted things, as the sentence says it: drones "launched", "shot down",
 * that "hit" their targets; passengers "on board". Casualty figures need none: their category
 * (killed, injured, ...) says it.
 */
public enum FigureRole {
  LAUNCHED,
  INTERCEPTED,
  HIT,
  DESTROYED,
  DAMAGED,
  LOST,
  ON_BOARD;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
