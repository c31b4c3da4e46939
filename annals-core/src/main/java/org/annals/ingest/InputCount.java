package org.annals.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * How many articles some inputs hold, counted cheaply before a long run so its progress line can
 * show an ETA: a text or HTML file is one, JSON Lines are counted by non-blank lines, feeds by
 * their item tags, WARC archives by their response records (bodies are skipped, not parsed). An
 * upper bound: bad lines and non-HTML responses count too. Standard input cannot be counted.
 */
public final class InputCount {

  private InputCount() {}

  /** The articles the inputs hold at most, or -1 when they cannot be counted (standard input). */
  public static long of(List<String> inputs, InputFormat format) {
    long total = 0;
    for (String argument : inputs) {
      for (InputFile file : InputFiles.named(argument)) {
        if (file.isStdin()) {
          return -1;
        }
        if (file.url() != null) {
          // a feed's items are not known before it is fetched; count it as one
          total++;
          continue;
        }
        if (file.problem() == null) {
          total += count(file, format);
        } else {
          total++;
        }
      }
    }
    return total;
  }

  private static long count(InputFile file, InputFormat format) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
      in.mark(8192);
      byte[] head = in.readNBytes(8192);
      in.reset();
      return switch (format.resolve(file.fileName(), head, head.length)) {
        case JSONL -> Math.max(1, nonBlankLines(in)); // an empty file is one problem
        case FEED -> Math.max(1, itemTags(in));
        case WARC -> Math.max(1, responses(in));
        default -> 1;
      };
    } catch (IOException | RuntimeException e) {
      // the reader will report it; here it is one input among the rest
      return 1;
    }
  }

  private static long nonBlankLines(InputStream in) throws IOException {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (b == '\n') {
          lines += content ? 1 : 0;
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          content = true;
        }
      }
    }
    return lines + (content ? 1 : 0);
  }

  /**
   * Occurrences of {@code <item} and {@code <entry} (feed items), read in chunks and only as far as
   * a feed may be long; a rough count is enough here.
   */
  private static long itemTags(InputStream in) throws IOException {
    long n = 0;
    long left = SizeLimit.MAX_FEED_BYTES;
    byte[] buf = new byte[1 << 16];
    String carry = "";
    for (int r; left > 0 && (r = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; left -= r) {
      String chunk = carry + new String(buf, 0, r, java.nio.charset.StandardCharsets.ISO_8859_1);
      // a tag cut at the chunk's end is counted with the next chunk
      int keep = Math.min(chunk.length(), "<entry ".length());
      String counted = chunk.substring(0, chunk.length() - keep);
      n += occurrences(counted, "<item") + occurrences(counted, "<entry");
      carry = chunk.substring(chunk.length() - keep);
    }
    return n + occurrences(carry, "<item") + occurrences(carry, "<entry");
  }

  private static long occurrences(String s, String tag) {
    long n = 0;
    for (int at = s.indexOf(tag); at >= 0; at = s.indexOf(tag, at + tag.length())) {
      char next = at + tag.length() < s.length() ? s.charAt(at + tag.length()) : '>';
      if (next == '>' || Character.isWhitespace(next)) {
        n++;
      }
    }
    return n;
  }

  private static long responses(InputStream in) throws IOException {
    return WarcFile.responses(in);
  }
}
