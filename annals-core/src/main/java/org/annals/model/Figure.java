package org.annals.model;

/**
 * A typed quantity reported in the text.
 *
 * @param role what happened to the counted things where the sentence says it ("launched 415
 *     drones", "386 were shot down"), or null
 * @param unit the unit of a measure: an ISO 4217 code for money ("USD"), "km", "mi", "%", ...;
 *     null for counts and where the text gives none
 * @param aggregate a running or aggregate tally ("since the start of the war", "so far", "a total
 *     of"), not the figure of one event
 */
public record Figure(int start, int end, String text, double value, FigureQualifier qualifier,
    FigureCategory category, FigureRole role, String unit, boolean aggregate) {

  /** A figure with no role, no unit and not an aggregate. */
  public Figure(int start, int end, String text, double value, FigureQualifier qualifier, FigureCategory category) {
    this(start, end, text, value, qualifier, category, null, null, false);
  }

  public Span span() {
    return new Span(start, end);
  }
}
