package org.annals.eval;

/**
 * One line of the {@code annals eval} table.
 *
 * @param dataset the gold set and split ("CoNLL-2003 eng.testa")
 * @param metric what is measured ("entity F1 (exact span+type)")
 * @param value the score in 0..1
 * @param support what it was computed over ("5942 gold / 5890 predicted")
 */
public record ScoreRow(String dataset, String metric, double value, String support) {}
