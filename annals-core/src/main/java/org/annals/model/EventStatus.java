package org.annals.model;

/** Whether the text asserts an event happened, denies it, or reports it as planned or claimed. */
public enum EventStatus {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  FUTURE,
  CLAIMED,
  DENIED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
