package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a byte that never occurs inside a UTF-8 sequence),
 * keeping at most {@code maxLineBytes} of any line in memory, so that one huge line cannot exhaust
 * the heap; longer lines are still measured.
 */
final class ByteLines {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int bufferPos;
  private int bufferEnd;
  private boolean eof;

  private byte[] line = new byte[256];
  private int lineLength;
  private long lineBytes;
  private long lineStart;
  private long lineNumber;
  private long consumed;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (!fill()) {
      return false;
    }
    lineStart = consumed;
    lineNumber++;
    lineLength = 0;
    lineBytes = 0;
    while (fill()) {
      int newline = indexOfNewline();
      int end = newline >= 0 ? newline : bufferEnd;
      keep(bufferPos, end);
      consumed += end - bufferPos;
      bufferPos = end;
      if (newline >= 0) {
        bufferPos++;
        consumed++;
        break;
      }
    }
    if (lineLength > 0 && line[lineLength - 1] == '\r' && lineBytes == lineLength) {
      lineLength--;
      lineBytes--;
    }
    return true;
  }

  /** The current line's bytes (without the line break); valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLength;
  }

  /** The current line's full length in bytes; larger than {@link #length()} when it was cut. */
  long fullLength() {
    return lineBytes;
  }

  boolean truncated() {
    return lineBytes > lineLength;
  }

  /** 1-based. */
  long lineNumber() {
    return lineNumber;
  }

  /** Byte offset of the current line's start in the stream. */
  long lineStart() {
    return lineStart;
  }

  private void keep(int from, int to) {
    int count = to - from;
    lineBytes += count;
    int room = maxLineBytes - lineLength;
    int kept = Math.min(count, Math.max(room, 0));
    if (kept > 0) {
      if (lineLength + kept > line.length) {
        line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + kept)));
      }
      System.arraycopy(buffer, from, line, lineLength, kept);
      lineLength += kept;
    }
  }

  private int indexOfNewline() {
    for (int i = bufferPos; i < bufferEnd; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (bufferPos < bufferEnd) {
      return true;
    }
    if (eof) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      // InputStream.read returns 0 only for an empty buffer; treat it as the end
      eof = true;
      return false;
    }
    bufferPos = 0;
    bufferEnd = read;
    return true;
  }
}
