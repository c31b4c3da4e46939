package org.annals.extract.quote;

import org.annals.model.Span;

/**
 * Text between quotation marks, marks included: {@code [start, end)} runs from the opening mark
 * to just after the closing mark.
 *
 * @param closed false where no closing mark was found and the passage stops at its paragraph end
 * @param single true for a passage in single marks (‘…’ or '…')
 */
record QuotedPassage(int start, int end, boolean closed, boolean single) {

  Span span() {
    return new Span(start, end);
  }
}
