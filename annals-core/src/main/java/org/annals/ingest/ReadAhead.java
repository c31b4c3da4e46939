package org.annals.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Inputs read one at a time, as they are asked for: a subclass says how to read the next one.
 * Reading stops at the first null, or once {@link #stopReading} is called; an input already read
 * ahead is still given unless {@link #discard} drops it.
 */
abstract class ReadAhead implements Iterator<ArticleInput> {

  private ArticleInput next;
  private boolean stopped;
  private boolean gaveAny;

  /** The next input, or null when there is none. */
  abstract ArticleInput readNext();

  /**
   * What to give when reading ends before anything was given: null (nothing), or a problem, so
   * that a file holding no article is reported rather than passed over in silence.
   */
  ArticleInput whenEmpty() {
    return null;
  }

  /** No more reading after the input (if any) already read ahead. */
  final void stopReading() {
    stopped = true;
  }

  final boolean stopped() {
    return stopped;
  }

  /** Drops the input read ahead, if any. */
  final void discard() {
    next = null;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !stopped) {
      next = readNext();
      if (next == null) {
        stopped = true;
        if (!gaveAny) {
          next = whenEmpty();
        }
      }
      gaveAny |= next != null;
    }
    return next != null;
  }

  @Override
  public final ArticleInput next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ArticleInput result = next;
    next = null;
    return result;
  }
}
