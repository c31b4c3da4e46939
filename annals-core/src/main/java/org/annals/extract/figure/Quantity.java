package org.annals.extract.figure;

/**
 * A number as written, before its hedge and its category are decided: the tokens it covers (a
 * currency sign, the digits or words, a multiplier, a unit), its value and its unit.
 *
 * @param start first token (sentence-relative), a currency sign where there is one
 * @param numberEnd token after the number itself, before any unit word
 * @param end token after the whole quantity, unit included
 * @param value the number (the low end of a range)
 * @param high the high end of a range, or NaN
 * @param vague a plural of a round number ("dozens", "tens of thousands"): a lower bound
 * @param approximate "a dozen", "a hundred": a round figure
 * @param spelled written in words ("seven") rather than digits
 * @param unitCode the unit as the figure keeps it ("USD", "km", "%"), or null
 */
record Quantity(int start, int numberEnd, int end, double value, double high, Unit unit, String unitCode,
    boolean vague, boolean approximate, boolean spelled) {

  enum Unit {
    NONE,
    MONEY,
    PERCENT,
    DISTANCE,
    /** Any other measure (tonnes, barrels, square kilometres): the category is "other". */
    MEASURE
  }

  boolean isRange() {
    return !Double.isNaN(high);
  }
}
