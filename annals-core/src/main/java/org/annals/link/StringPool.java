package org.annals.link;

import java.util.HashMap;
import java.util.Map;

/**
 * Equal strings kept once: the first copy seen stands for all. A linker keeps terms, parties and
 * days from every article it has seen, each article bringing its own copies; without a pool a
 * store's worth of linker state holds millions of equal strings. Not thread-safe, as the linkers.
 */
public final class StringPool {

  private final Map<String, String> pool = new HashMap<>();

  /** The pool's copy of {@code s}, which becomes it where there is none yet. */
  public String of(String s) {
    String kept = pool.putIfAbsent(s, s);
    return kept == null ? s : kept;
  }
}
