package org.annals.ingest;

import java.net.URI;
import java.nio.file.Path;

/**
 * One input to read: a file, standard input, a URL, or a folder entry that could not be listed.
 *
 * @param path the file, or null for standard input and for a listing problem
 * @param origin how problems and articles name this input
 * @param id the article id: the path relative to the folder named on the command line, or the
 *     file name; for JSON Lines, the prefix of ids made up for articles without one
 * @param problem why the entry could not be listed, or null
 */
public record InputFile(Path path, URI url, String origin, String id, String problem) {

  static final String STDIN_ORIGIN = "<stdin>";

  static InputFile of(Path path, String id) {
    return new InputFile(path, null, path.toString(), id, null);
  }

  static InputFile stdin() {
    return new InputFile(null, null, STDIN_ORIGIN, "stdin", null);
  }

  static InputFile unreadable(String origin, String problem) {
    return new InputFile(null, null, origin, origin, problem);
  }

  /** A feed or page fetched over HTTP(S) when its turn comes. */
  static InputFile url(URI url) {
    return new InputFile(null, url, url.toString(), url.toString(), null);
  }

  /** A file another file system holds (HDFS, S3, as Spark tasks read them), opened by the reader's opener. */
  static InputFile opened(URI file, String origin, String id) {
    return new InputFile(null, file, origin, id, null);
  }

  boolean isStdin() {
    return path == null && url == null && problem == null;
  }

  /** The file name the format may be told by; null for standard input. */
  String fileName() {
    if (url != null) {
      String p = url.getPath();
      return p == null || p.isEmpty() ? null : p.substring(p.lastIndexOf('/') + 1);
    }
    return path == null || path.getFileName() == null ? null : path.getFileName().toString();
  }
}
