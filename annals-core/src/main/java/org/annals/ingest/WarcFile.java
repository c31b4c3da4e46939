package org.annals.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of one WARC archive (plain or gzipped, as Common Crawl News ships them), read
 * record by record: each successful HTML response is an article, read like an HTML file and named
 * by its target URI. Other records (requests, metadata, images, redirects) are not articles and
 * are passed over. A record that cannot be parsed ends the archive with a problem naming its
 * offset, since the records after it cannot be found reliably.
 */
final class WarcFile extends ReadAhead implements Closeable {

  /** The longest WARC record header, or HTTP response header inside a record, that is parsed. */
  static final int MAX_HEADER_BYTES = 1 << 20;

  private final String origin;
  private final SizeLimit limit;
  private final BoundedStream bounded;
  private final WarcReader reader;
  private final String at;
  private WarcRecord previous;

  /**
   * Reads a WARC archive, gzipped (record by record, as Common Crawl ships them) or not: the
   * archive is decompressed here, so that each header's size is bounded where the parser reads it.
   */
  WarcFile(String origin, InputStream in, SizeLimit limit) throws IOException {
    this.origin = origin;
    this.limit = limit;
    InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    buffered.mark(2);
    boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
    buffered.reset();
    this.at = gzip ? " at uncompressed byte " : " at byte ";
    this.bounded = new BoundedStream(gzip ? new java.util.zip.GZIPInputStream(buffered, 1 << 16) : buffered,
        Long.MAX_VALUE, "WARC archive");
    bounded.limitStretch(MAX_HEADER_BYTES, "WARC record header");
    try {
      this.reader = new WarcReader(bounded);
    } finally {
      bounded.endStretch();
    }
  }

  /** The next record, its header read within {@link #MAX_HEADER_BYTES}; the body before it is skipped unbounded. */
  private Optional<WarcRecord> nextRecord() throws IOException {
    if (previous != null) {
      previous.body().consume();
    }
    bounded.limitStretch(MAX_HEADER_BYTES, "WARC record header");
    try {
      Optional<WarcRecord> next = reader.next();
      previous = next.orElse(null);
      return next;
    } finally {
      bounded.endStretch();
    }
  }

  /** How many HTTP responses an archive holds, each record's header bounded as when reading. */
  static long responses(InputStream in) throws IOException {
    long n = 0;
    try (WarcFile archive = new WarcFile("", in, new SizeLimit(1))) {
      for (Optional<WarcRecord> r = archive.nextRecord(); r.isPresent(); r = archive.nextRecord()) {
        if (r.get() instanceof WarcResponse) {
          n++;
        }
      }
    }
    return n;
  }

  /** Records read so far. */
  private long records;

  @Override
  ArticleInput whenEmpty() {
    return ArticleInput.failed(origin, records == 0 ? "no WARC records (empty archive)"
        : "no HTML pages among its " + records + " WARC records");
  }

  @Override
  ArticleInput readNext() {
    while (true) {
      long offset = reader.position();
      Optional<WarcRecord> record;
      try {
        record = nextRecord();
      } catch (IOException | RuntimeException e) {
        stopReading();
        return ArticleInput.failed(origin + at + offset, "broken WARC record: " + ReadError.describe(e));
      }
      if (record.isEmpty()) {
        return null;
      }
      records++;
      if (!(record.get() instanceof WarcResponse response)) {
        continue;
      }
      String recordOrigin = origin + at + offset;
      try {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
          continue;
        }
        HttpResponse http;
        bounded.limitStretch(MAX_HEADER_BYTES, "HTTP response header");
        try {
          http = response.http();
        } finally {
          bounded.endStretch();
        }
        if (http.status() != 200 || !isHtml(http.contentType())) {
          continue;
        }
        String id = response.target();
        byte[] page = http.body().stream().readNBytes((int) limit.maxFileBytes(InputFormat.HTML) + 1);
        if (page.length > limit.maxFileBytes(InputFormat.HTML)) {
          throw limit.fileTooLarge(page.length, InputFormat.HTML);
        }
        return ArticleInput.read(recordOrigin + " (" + id + ")", HtmlPage.parse(id, page, page.length, limit));
      } catch (InputProblem e) {
        return ArticleInput.failed(recordOrigin, e.getMessage());
      } catch (IOException | RuntimeException e) {
        return ArticleInput.failed(recordOrigin, "unreadable WARC response: " + ReadError.describe(e));
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  @Override
  public void close() throws IOException {
    stopReading();
    reader.close();
  }
}
