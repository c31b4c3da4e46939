package org.annals.store;

/**
 * The confidence stored with each mention: the extractor's measured precision on development data,
 * unless the record carries its own ({@code Place.confidence}). Null means not measured yet; it is
 * stored as NULL rather than a guess. See docs/architecture.md ("The store").
 */
final class ExtractorConfidence {

  /** CoNLL-2003 testa, NER entity precision (annals eval conll). */
  static final Double ENTITY = 0.93;
  /** PolNeAR dev, quote speaker precision (annals eval polnear). */
  static final Double QUOTE = 0.93;
  /** No gold set scores figures yet. */
  static final Double FIGURE = null;
  /** No gold set scores event mentions yet (ECB+/MEANTIME event mention F1 is to come). */
  static final Double EVENT = null;

  static final String ENTITY_EXTRACTOR = "EntityResolver";
  static final String PLACE_EXTRACTOR = "PlaceResolver";
  static final String QUOTE_EXTRACTOR = "QuoteAttributor";
  static final String FIGURE_EXTRACTOR = "FigureExtractor";
  static final String EVENT_EXTRACTOR = "EventExtractor";

  private ExtractorConfidence() {}
}
