package org.annals.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why a file could not be read, without Java's exception class names. */
public final class ReadError {

  private ReadError() {}

  public static String describe(Exception e) {
    BoundedStream.TooMuch bound = BoundedStream.in(e);
    if (bound != null) {
      return bound.getMessage();
    }
    if (!(e instanceof IOException)) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
