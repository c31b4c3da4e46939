package org.annals.model;

/** The hedge on a reported number: "at least 7", "more than 4,300", "about 40". */
public enum FigureQualifier {
  EXACT,
  AT_LEAST,
  AT_MOST,
  ABOUT,
  MORE_THAN,
  LESS_THAN,
  RANGE;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
