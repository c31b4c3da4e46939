package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: invalid bytes are an error naming where they are, never a silent U+FFFD,
 * because a mis-decoded article would carry wrong names into every record made from it.
 */
final class Utf8Text {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Utf8Text() {}

  static boolean startsWithBom(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  /** A whole file's bytes as text, its byte order mark dropped. */
  static String decode(byte[] bytes, int length) throws InputProblem {
    int start = startsWithBom(bytes, length) ? BOM.length : 0;
    CharsetDecoder decoder = newDecoder();
    String text = decodeOrNull(decoder, bytes, start, length);
    if (text == null) {
      int offset = start + errorPosition(decoder, bytes, start, length);
      throw new InputProblem("invalid UTF-8 at byte " + offset + " (line " + lineOf(bytes, offset) + ")");
    }
    return text;
  }

  /**
   * One line's bytes as text; {@code fileOffset} and {@code lineNumber} only serve the message.
   * The decoder is reused across the lines of one file.
   */
  static String decodeLine(CharsetDecoder decoder, byte[] bytes, int length, long fileOffset, long lineNumber)
      throws InputProblem {
    String text = decodeOrNull(decoder, bytes, 0, length);
    if (text == null) {
      long offset = fileOffset + errorPosition(decoder, bytes, 0, length);
      throw new InputProblem("invalid UTF-8 at byte " + offset + " (line " + lineNumber + ")");
    }
    return text;
  }

  static CharsetDecoder newDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String decodeOrNull(CharsetDecoder decoder, byte[] bytes, int start, int end) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    // UTF-8 never yields more UTF-16 units than bytes
    CharBuffer out = CharBuffer.allocate(end - start);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return null;
    }
    result = decoder.flush(out);
    if (result.isError()) {
      return null;
    }
    return out.flip().toString();
  }

  /** Where in {@code bytes[start, end)} decoding fails, relative to {@code start}. */
  private static int errorPosition(CharsetDecoder decoder, byte[] bytes, int start, int end) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CharBuffer out = CharBuffer.allocate(end - start);
    decoder.reset();
    decoder.decode(in, out, true);
    return in.position() - start;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
