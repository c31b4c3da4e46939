package org.annals.link;

/**
 * The format of a {@link StreamLinker}'s saved state ({@link StreamLinker#snapshot}): what the
 * stories, entities and event records hold after the articles linked so far, so that a restart
 * reads it instead of replaying every stored article. A store keeps one, beside the articles
 * linked after it.
 *
 * <p>A collection the linkers iterate keeps its insertion order ({@code LinkedHashMap} and the
 * like) and is written in it, so that a restored linker iterates, and therefore links, as the
 * saved one; a {@code HashMap}'s order depends on when it grew, so one only looked up is written
 * sorted, and the same state always gives the same bytes.
 *
 * <p>{@link #FORMAT} changes whenever what is written changes (a field added to a linker's
 * state, a field's meaning); a build reads only its own format and says so otherwise.
 */
public final class LinkerSnapshot {

  /** The format this build writes and reads. */
  public static final int FORMAT = 1;
  static final String MAGIC = "annals-linker";
  static final String END = "end";

  private LinkerSnapshot() {}

  /** Bytes that are not a snapshot this build can read: another format, or damaged. */
  public static final class Unreadable extends RuntimeException {
    public Unreadable(String message) {
      super(message);
    }
  }
}
