package org.annals.store;

/**
 * The confidence stored with each mention: the extractor's measured precision on development data,
 * unless the record carries its own ({@code Place.confidence}). Null means not measured yet; it is
 * stored as NULL rather than a guess. See docs/architecture.md ("The store"). Entity mentions carry
 * neither (the same on every row: EntityResolver, 0.93 NER entity precision on CoNLL-2003 testa).
 */
final class ExtractorConfidence {

  /** PolNeAR dev, quote speaker precision (annals eval polnear). */
  static final Double QUOTE = 0.93;
  /** No gold set scores figures yet. */
  static final Double FIGURE = null;
  /** No gold set scores event mentions yet (ECB+/MEANTIME event mention F1 is to come). */
  static final Double EVENT = null;

  static final String PLACE_EXTRACTOR = "PlaceResolver";
  static final String QUOTE_EXTRACTOR = "QuoteAttributor";
  static final String FIGURE_EXTRACTOR = "FigureExtractor";
  static final String EVENT_EXTRACTOR = "EventExtractor";

  private ExtractorConfidence() {}
}
