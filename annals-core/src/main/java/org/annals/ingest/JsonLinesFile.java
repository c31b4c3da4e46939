package org.annals.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;
import org.annals.model.Article;

/**
 * The articles of one JSON Lines input, read line by line as they are asked for, so a file of any
 * size takes the memory of one line. Blank lines are skipped; a bad line is a problem naming its
 * line number, and reading goes on with the next line.
 */
final class JsonLinesFile extends ReadAhead implements Closeable {

  private final String origin;
  private final String idPrefix;
  private final SizeLimit limit;
  private final InputStream in;
  private final ByteLines lines;
  private final CharsetDecoder decoder = Utf8Text.newDecoder();
  private boolean sawContent;

  /**
   * @param origin names the input: a file path or {@code <stdin>}; line numbers are appended
   * @param idPrefix the id of an article without one is {@code idPrefix:line}
   */
  JsonLinesFile(String origin, String idPrefix, InputStream in, SizeLimit limit) {
    this.origin = origin;
    this.idPrefix = idPrefix;
    this.limit = limit;
    this.in = in;
    this.lines = new ByteLines(in, limit.maxJsonLineBytes());
  }



  @Override
  public void close() throws IOException {
    stopReading();
    in.close();
  }

  @Override
  ArticleInput readNext() {
    try {
      while (lines.next()) {
        ArticleInput input = readLine();
        if (input != null) {
          return input;
        }
      }
    } catch (IOException e) {
      finish();
      return ArticleInput.failed(origin + ":" + lines.lineNumber(), "read error: " + ReadError.describe(e));
    }
    finish();
    return null;
  }

  /** An empty file is reported like an empty text file. */
  @Override
  ArticleInput whenEmpty() {
    return ArticleInput.failed(origin, lines.lineNumber() == 0 ? "empty file: no JSON lines"
        : "no JSON lines: only blank lines");
  }

  /** The article or problem on the current line; null for a blank line. */
  private ArticleInput readLine() {
    long number = lines.lineNumber();
    String lineOrigin = origin + ":" + number;
    if (lines.truncated()) {
      sawContent = true;
      return ArticleInput.failed(lineOrigin, "line too long: " + lines.fullLength() + " bytes (limit "
          + limit.maxJsonLineBytes() + " bytes for articles of at most " + limit.maxChars() + " characters)");
    }
    int skip = number == 1 && Utf8Text.startsWithBom(lines.bytes(), lines.length()) ? 3 : 0;
    String line;
    try {
      byte[] bytes = lines.bytes();
      if (skip > 0) {
        bytes = Arrays.copyOfRange(bytes, skip, lines.length());
      }
      line = Utf8Text.decodeLine(decoder, bytes, lines.length() - skip, lines.lineStart() + skip, number);
    } catch (InputProblem e) {
      sawContent = true;
      return ArticleInput.failed(lineOrigin, e.getMessage());
    }
    if (line.isBlank()) {
      return null;
    }
    if (!sawContent) {
      sawContent = true;
      String problem = notJsonLines(line.strip());
      if (problem != null) {
        finish();
        return ArticleInput.failed(origin, problem);
      }
    }
    try {
      Article article = JsonLineArticle.parse(line, idPrefix + ":" + number, limit);
      return ArticleInput.read(lineOrigin, article);
    } catch (InputProblem e) {
      return ArticleInput.failed(lineOrigin, e.getMessage());
    } catch (RuntimeException e) {
      // a line must never stop the file: report what went wrong and go on
      return ArticleInput.failed(lineOrigin, "could not be read: " + e);
    }
  }

  /** One problem for a whole file of JSON that is not JSON Lines, rather than one per line. */
  private static String notJsonLines(String firstLine) {
    if (firstLine.startsWith("[")) {
      return "a JSON array, not JSON Lines: put one article object per line";
    }
    if (firstLine.equals("{")) {
      return "pretty-printed JSON, not JSON Lines: put one article object per line";
    }
    return null;
  }

  private void finish() {
    if (!stopped()) {
      try {
        close();
      } catch (IOException e) {
        // nothing was lost: the file has been read
      }
    }
  }
}
