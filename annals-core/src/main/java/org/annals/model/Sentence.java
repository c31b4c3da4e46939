package org.annals.model;

import java.util.List;

/**
 * One sentence: its position, its character range and its tokens (in text order).
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Span span() {
    return new Span(start, end);
  }

  /** The index into {@link #tokens()} of the first token starting at or after {@code offset}, or size. */
  public int tokenAtOrAfter(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
