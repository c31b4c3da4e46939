package org.annals.model;

/** Where an article's document date came from. */
public enum DateSource {
  /** Given with the input record (JSON field, HTML metadata). */
  INPUT,
  /** A {@code date YYYY-MM-DD} header leading a text file. */
  HEADER,
  /** Inferred from the article's content or its story. */
  INFERRED,
  /** No document date: relative times stay unresolved. */
  NONE;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
