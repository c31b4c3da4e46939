package org.annals.ingest;

/**
 * Recognises content that is not text at all (images, archives, UTF-16), so that it gets one clear
 * problem instead of a decoding error or an article of garbage.
 */
final class BinaryContent {

  /** Share of control bytes in the first bytes beyond which a file is not text. */
  private static final double CONTROL_SHARE = 0.10;

  private BinaryContent() {}

  /** Why these first bytes of a content are not text, or null when they may well be text. */
  static String problem(byte[] head, int length) {
    if (length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return "UTF-16 text is not supported: convert it to UTF-8";
    }
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return "binary file (NUL byte at byte " + i + "), not text";
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    if (length > 0 && controls > CONTROL_SHARE * length) {
      return "binary file (" + controls + " control characters in the first " + length + " bytes), not text";
    }
    return null;
  }
}
