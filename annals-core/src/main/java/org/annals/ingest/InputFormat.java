package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How an input file is read: one article per text or HTML file, or one article per JSON line. */
public enum InputFormat {
  /** Decided per file: by file name extension, else by the first bytes of the content. */
  AUTO,
  /** Plain text, one article per file, optionally led by a {@code date YYYY-MM-DD} header. */
  TEXT,
  /** JSON Lines: one article object per line. */
  JSONL,
  /** An HTML page; the article is found by removing the boilerplate around it. */
  HTML,
  /** An RSS or Atom feed: each item is an article. */
  FEED,
  /** A WARC archive, plain or gzipped: each HTML response is an article. */
  WARC;

  /** The format named on the command line ({@code auto|text|jsonl|html}, and a few aliases). */
  public static InputFormat fromName(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "text", "txt" -> TEXT;
      case "jsonl", "ndjson", "json" -> JSONL;
      case "html", "htm" -> HTML;
      case "feed", "rss", "atom" -> FEED;
      case "warc" -> WARC;
      default -> throw new IllegalArgumentException(
          "unknown input format '" + name + "' (expected auto, text, jsonl, html, feed or warc)");
    };
  }

  /**
   * The format a file name's extension names: .jsonl/.ndjson/.json, .html/.htm/.xhtml, .txt/.text,
   * .rss/.atom, .warc/.warc.gz; null when the extension says nothing (none, or one not listed, .xml
   * included), so the content must decide.
   */
  public static InputFormat byFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return WARC;
    }
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return null;
    }
    return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "jsonl", "ndjson", "json" -> JSONL;
      case "html", "htm", "xhtml" -> HTML;
      case "txt", "text" -> TEXT;
      case "rss", "atom" -> FEED;
      default -> null;
    };
  }

  /**
   * The format the first bytes of a content suggest: a leading {@code {} means JSON Lines, a
   * leading {@code <!doctype html} or {@code <html} means HTML, an XML document whose root is
   * {@code rss}, {@code feed} or {@code rdf:RDF} a feed, {@code WARC/} a WARC archive, anything
   * else is text.
   */
  public static InputFormat sniff(byte[] head, int length) {
    String start = new String(head, 0, Math.min(length, 512), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("{")) {
      return JSONL;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return HTML;
    }
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      String xml = new String(head, 0, Math.min(length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      if (xml.contains("<rss") || xml.contains("<feed") || xml.contains("<rdf:rdf")) {
        return FEED;
      }
      if (xml.contains("<html")) {
        return HTML;
      }
    }
    return TEXT;
  }

  /** This format for a file of the given name and first bytes: AUTO decides, others stand. */
  InputFormat resolve(String fileName, byte[] head, int length) {
    if (this != AUTO) {
      return this;
    }
    InputFormat named = fileName == null ? null : byFileName(fileName);
    return named != null ? named : sniff(head, length);
  }
}
