package org.annals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the data files the extractors and linkers read (lexicons, counts): stripped, with
 * blank lines and {@code #} comments left out, each with its line number for error messages.
 */
public final class DataLines {

  /** One data line and its 1-based number in the file. */
  public record Line(int number, String text) {}

  private DataLines() {}

  public static List<Line> of(InputStream in) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        out.add(new Line(number, text));
      }
    }
    return out;
  }

  /** The data lines of a file the project ships beside {@code owner}; a missing one is a packaging error. */
  public static List<Line> ofResource(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
      }
      return of(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
