package org.annals.model;

/** Entity types of the output contract. NORP: nationalities, religious and political groups. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  NORP,
  MISC
}
