package org.annals.model;

/**
 * The values a hedged figure allows: "9" is [9, 9], "at least 7" is [7, ∞), "more than 100" is
 * (100, ∞), "nearly 500" is [0, 500], "about 40" is [36, 44] (10% either side). A range figure
 * ("between 10 and 15") keeps only its low end, so it reads as at least that.
 */
public record FigureRange(double low, boolean lowOpen, double high, boolean highOpen) {

  /** How far either side of the value "about", "some", "roughly" reach. */
  public static final double ABOUT_MARGIN = 0.10;

  public static FigureRange of(double value, FigureQualifier qualifier) {
    double margin = Math.abs(value) * ABOUT_MARGIN;
    return switch (qualifier) {
      case EXACT -> new FigureRange(value, false, value, false);
      case AT_LEAST, RANGE -> new FigureRange(value, false, Double.POSITIVE_INFINITY, false);
      case MORE_THAN -> new FigureRange(value, true, Double.POSITIVE_INFINITY, false);
      case AT_MOST -> new FigureRange(0, false, value, false);
      case LESS_THAN -> new FigureRange(0, false, value, true);
      case ABOUT -> new FigureRange(value - margin, false, value + margin, false);
    };
  }

  /** Whether some value is allowed by both: two reports that overlap agree. */
  public boolean overlaps(FigureRange other) {
    return below(low, lowOpen, other.high, other.highOpen) && below(other.low, other.lowOpen, high, highOpen);
  }

  /** Whether a lower bound lies at or under an upper bound, an open end excluding equality. */
  private static boolean below(double low, boolean lowOpen, double high, boolean highOpen) {
    return lowOpen || highOpen ? low < high : low <= high;
  }
}
