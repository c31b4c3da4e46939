package org.annals.model;

/** What a reported number counts. */
public enum FigureCategory {
  KILLED,
  INJURED,
  MISSING,
  CAPTURED,
  DISPLACED,
  DRONES,
  MISSILES,
  AIRCRAFT,
  VEHICLES,
  PEOPLE,
  MONEY,
  PERCENT,
  DISTANCE,
  OTHER;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
