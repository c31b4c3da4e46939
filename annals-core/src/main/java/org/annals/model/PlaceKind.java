package org.annals.model;

/** What kind of place a geocoded name is. */
public enum PlaceKind {
  COUNTRY,
  ADMIN,
  CITY,
  REGION,
  OTHER;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
