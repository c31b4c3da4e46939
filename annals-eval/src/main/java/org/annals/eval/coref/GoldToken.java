package org.annals.eval.coref;

/** One token of a CAT-format gold document: its id, text and sentence number. */
public record GoldToken(String id, String word, int sentence) {}
