package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an {@code annals} exit status means, the same in every command: scripts can tell a rejected
 * input from a damaged store from a bug.
 */
final class ExitCode {

  /** Everything done. */
  static final int OK = 0;
  /** Some inputs were rejected (each reported on stderr); the rest was done. */
  static final int INPUTS_REJECTED = 1;
  /** The command line was wrong: an unknown option, a bad value, a missing file, nothing found by that name. */
  static final int USAGE = 2;
  /** The store could not be used: not a store, damaged, newer, locked, unreadable. */
  static final int STORE = 3;
  /** A fault in Annals or the machine (out of memory, a bug): one line on stderr, the stack in a log. */
  static final int INTERNAL = 4;

  /** The lines {@code --help} shows under "Exit status". */
  static final String[] HELP = {
      "0  success",
      "1  some inputs rejected (reported on stderr), the rest done",
      "2  usage error: bad option or value, missing file, no such entity/story/event",
      "3  store problem: not an Annals store, damaged, newer schema, locked, unreadable",
      "4  internal error (out of memory, a bug): one line, the stack trace in a log file"};

  private ExitCode() {}

  /** Reports a command's failure on {@code err} in one line and says which status it means. */
  static int report(Throwable e, String command, PrintWriter err) {
    if (closedPipe(e)) {
      return OK; // the reader went away (annals ... | head): nothing more to say
    }
    String prefix = "annals " + command + ": ";
    if (causedBy(e, Error.class)) {
      return internal(e, prefix, err);
    }
    if (e instanceof org.annals.store.StoreException) {
      err.println(prefix + e.getMessage());
      return STORE;
    }
    if (e instanceof IllegalArgumentException && e.getMessage() != null) {
      err.println(prefix + e.getMessage());
      return USAGE;
    }
    IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
    if (io != null) {
      err.println(prefix + describe(io));
      return USAGE;
    }
    return internal(e, prefix, err);
  }

  /** An I/O failure as a user reads it: the file, then what is wrong with it. */
  static String describe(IOException e) {
    String what = org.annals.ingest.ReadError.describe(e);
    return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + what : what;
  }

  private static int internal(Throwable e, String prefix, PrintWriter err) {
    String log;
    try {
      Path file = Files.createTempFile("annals-error-", ".log");
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
        e.printStackTrace(w);
      }
      log = " (details in " + file + ")";
    } catch (IOException | RuntimeException | Error notWritten) {
      log = "";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = root instanceof OutOfMemoryError
        ? "out of memory (give the JVM more with ANNALS_JAVA_OPTS=-Xmx4g, or lower --threads or --max-chars)"
        : root.toString();
    err.println(prefix + "internal error: " + what + log);
    if (System.getenv("ANNALS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return INTERNAL;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closedPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
        return true;
      }
    }
    return false;
  }
}
